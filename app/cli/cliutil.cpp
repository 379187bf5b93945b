#include "cliutil.h"

#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace entre::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput:
        return BadUsage;
    case ErrorKind::Refused:
    case ErrorKind::StaleLock:
        return RefusedByRules;
    case ErrorKind::Failed:
        break;
    }
    return Failure;
}

int report(const Error& error)
{
    QString message = error.message;
    if (error.kind == ErrorKind::StaleLock)
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("entre::cli",
                                               "Run the command again with --take-over to open "
                                               "it anyway.");
    QTextStream(stderr) << QCoreApplication::applicationName().toLower() << QLatin1String("-cli: ")
                        << message << Qt::endl;
    return exitCodeFor(error.kind);
}

int usageError(const QString& message)
{
    return report(badInput(message));
}

void printLine(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream out(stdout);
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

QJsonObject attendeeToJson(const Attendee& a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("code"), a.code},
        {QStringLiteral("first_name"), a.firstName},
        {QStringLiteral("last_name"), a.lastName},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("organisation"), a.organisation},
        {QStringLiteral("organisation_type"), organisationTypeKey(a.organisationType)},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("diet"), a.diet},
        {QStringLiteral("checked_in"), a.isCheckedIn()},
        {QStringLiteral("checked_in_at"),
         a.isCheckedIn() ? QJsonValue(toIsoUtc(a.checkedInAt)) : QJsonValue(QJsonValue::Null)},
    };
}

QCommandLineOption takeOverOption()
{
    return QCommandLineOption(
        QStringLiteral("take-over"),
        QCoreApplication::translate("entre::cli",
                                    "Open the event even though another computer's desk, or a "
                                    "desk that crashed, left it locked. Only when no other desk "
                                    "is using the file."));
}

Result<std::unique_ptr<EventStore>> openForWriting(const QCommandLineParser& parser,
                                                   const QString& path)
{
    return EventStore::open(path, EventStore::Access::ReadWrite,
                            parser.isSet(QStringLiteral("take-over")) ? EventLock::Policy::TakeOver
                                                                      : EventLock::Policy::Respect);
}

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                         const QStringList& positionalNames)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("entre::cli", "Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QCoreApplication::applicationName().toLower() + QLatin1String("-cli"));
    if (!parser.parse(withProgram))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText());
        return int(Success);
    }
    // positionalArguments()[0] is the subcommand itself.
    const qsizetype given = parser.positionalArguments().size() - 1;
    if (given < positionalNames.size()) {
        return usageError(QCoreApplication::translate("entre::cli", "Missing %1. See --help.")
                              .arg(positionalNames.at(given)));
    }
    if (given > positionalNames.size()) {
        return usageError(QCoreApplication::translate("entre::cli", "Unexpected argument: %1")
                              .arg(parser.positionalArguments().at(positionalNames.size() + 1)));
    }
    return std::nullopt;
}

} // namespace entre::cli
