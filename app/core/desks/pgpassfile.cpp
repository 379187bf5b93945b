#include "pgpassfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct PgPassFileText {
    Q_DECLARE_TR_FUNCTIONS(entre::PgPassFile)
};

// ':' and '\' in a field are written with a backslash before them.
QString escaped(const QString& field)
{
    QString out = field;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return out;
}

// The five fields of a line, or fewer for a line that is not one.
QStringList fieldsOf(const QString& line)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == QLatin1Char(':') && fields.size() < 4) {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current);
    return fields;
}

QStringList keyOf(const DeskAddress& address)
{
    return {address.host, QString::number(address.port), address.database, address.user};
}

QStringList linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

QString PgPassFile::path()
{
    const QString chosen = qEnvironmentVariable("PGPASSFILE");
    return chosen.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : chosen;
}

Result<void> PgPassFile::remember(const DeskAddress& address)
{
    if (address.password.isEmpty())
        return badInput(PgPassFileText::tr("There is no password to remember."));
    const QString file = path();
    const QStringList key = keyOf(address);
    QStringList lines;
    for (const QString& line : linesOf(file)) {
        const QStringList fields = fieldsOf(line);
        if (!line.startsWith(QLatin1Char('#')) && fields.size() == 5 && fields.mid(0, 4) == key)
            continue;
        lines.append(line);
    }
    QStringList fields;
    for (const QString& field : key)
        fields.append(escaped(field));
    fields.append(escaped(address.password));
    lines.append(fields.join(QLatin1Char(':')));

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return failed(PgPassFileText::tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(file), out.errorString()));
    // PostgreSQL ignores a password file others can read.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!out.commit())
        return failed(PgPassFileText::tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(file), out.errorString()));
    return {};
}

QString PgPassFile::lookUp(const DeskAddress& address)
{
    const QStringList key = keyOf(address);
    for (const QString& line : linesOf(path())) {
        const QStringList fields = fieldsOf(line);
        if (!line.startsWith(QLatin1Char('#')) && fields.size() == 5 && fields.mid(0, 4) == key)
            return fields.at(4);
    }
    return {};
}

} // namespace entre
