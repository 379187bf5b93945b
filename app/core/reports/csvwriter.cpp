#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace entre::csvwriter {

QString neutralised(const QString& value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return u'\'' + value;
    return value;
}

QString field(const QString& value, QChar delimiter)
{
    const QString text = neutralised(value);
    const bool needsQuotes = text.contains(delimiter) || text.contains(u';') ||
                             text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                             text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray document(const QList<QStringList>& rows, QChar delimiter)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& value : row)
            fields.append(field(value, delimiter));
        text += fields.join(delimiter) + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> writePrivateFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return failed(QCoreApplication::translate("entre::CsvWriter", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    // The file being written is the one renamed into place: it is private before any byte is in.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return cannotWrite();
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite();
    return {};
}

} // namespace entre::csvwriter
