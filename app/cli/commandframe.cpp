#include "commandframe.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace entre::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("entre::cli", text, disambiguation, n);
}

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
        message +=
            QLatin1Char(' ') + tr("Run the command again with --take-over to open it anyway.");
    QTextStream(stderr) << QCoreApplication::applicationName().toLower() << QLatin1String("-cli: ")
                        << message << Qt::endl;
    return exitCodeFor(error.kind);
}

namespace {

const QString jsonName = QStringLiteral("json");
const QString stationName = QStringLiteral("station");
const QString takeOverName = QStringLiteral("take-over");

QList<QCommandLineOption> sharedOptions(unsigned offered)
{
    QList<QCommandLineOption> options;
    if (offered & StationOption)
        options.append({stationName, tr("The desk's name (default: this computer's name)."),
                        QStringLiteral("NAME")});
    if (offered & JsonOption)
        options.append({jsonName, tr("Print JSON.")});
    if (offered & TakeOverOption)
        options.append({takeOverName,
                        tr("Open the event even though another computer's desk, or a desk that "
                           "crashed, left it locked. Only when no other desk is using the file.")});
    return options;
}

void describe(QCommandLineParser& parser, const Command& command, const Syntax& syntax)
{
    parser.setApplicationDescription(syntax.description);
    const QString name = QString::fromLatin1(command.name);
    parser.addPositionalArgument(name, {}, name);
    if (command.eventUse != EventUse::None)
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     command.eventUse == EventUse::Creates
                                         ? tr("The event file to create (.entre).")
                                         : tr("The event file."));
    for (const Argument& argument : syntax.arguments)
        parser.addPositionalArgument(argument.name, argument.description);
    parser.addOptions(syntax.options);
    parser.addOptions(sharedOptions(command.sharedOptions));
}

// The positional arguments this command line must have after the command's name.
QStringList expectedArguments(const Command& command, const Syntax& syntax,
                              const QCommandLineParser& parser)
{
    for (const QString& option : syntax.withoutFile) {
        if (parser.isSet(option))
            return {};
    }
    QStringList names;
    if (command.eventUse != EventUse::None)
        names.append(QStringLiteral("FILE"));
    for (const Argument& argument : syntax.arguments)
        names.append(argument.name);
    return names;
}

// Prints help and returns Success for --help, prints a usage error for anything wrong;
// std::nullopt means go on.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                         const Command& command, const Syntax& syntax)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QCoreApplication::applicationName().toLower() + QLatin1String("-cli"));
    if (!parser.parse(withProgram))
        return report(badInput(parser.errorText()));
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText() << Qt::endl;
        return int(Success);
    }
    const QStringList expected = expectedArguments(command, syntax, parser);
    // positionalArguments()[0] is the command's name.
    const QStringList given = parser.positionalArguments().mid(1);
    if (given.size() < expected.size())
        return report(badInput(tr("Missing %1. See --help.").arg(expected.at(given.size()))));
    if (given.size() > expected.size())
        return report(badInput(tr("Unexpected argument: %1").arg(given.at(expected.size()))));
    return std::nullopt;
}

} // namespace

Invocation::Invocation(const Command& command, const QCommandLineParser& parser)
    : m_command(command)
    , m_parser(parser)
{}

Invocation::~Invocation() = default;

bool Invocation::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}

QString Invocation::value(const QString& option) const
{
    return m_parser.value(option);
}

QStringList Invocation::values(const QString& option) const
{
    return m_parser.values(option);
}

QString Invocation::file() const
{
    return m_parser.positionalArguments().value(1);
}

QString Invocation::argument(int index) const
{
    return m_parser.positionalArguments().value(index + 2);
}

bool Invocation::json() const
{
    return (m_command.sharedOptions & JsonOption) && m_parser.isSet(jsonName);
}

Result<Event*> Invocation::event()
{
    Q_ASSERT(m_command.eventUse == EventUse::Reads || m_command.eventUse == EventUse::Writes);
    return open(m_command.eventUse == EventUse::Writes ? Event::Access::ReadWrite
                                                       : Event::Access::ReadOnly);
}

Result<Event*> Invocation::readOnlyEvent()
{
    return open(Event::Access::ReadOnly);
}

Result<Event*> Invocation::open(Event::Access access)
{
    if (m_event)
        return m_event.get();
    const bool takeOver = (m_command.sharedOptions & TakeOverOption) && isSet(takeOverName);
    auto opened = Event::open(file(), access,
                              takeOver ? EventLock::Policy::TakeOver : EventLock::Policy::Respect);
    if (!opened)
        return opened.error();
    m_event = std::move(opened).value();
    if (m_command.sharedOptions & StationOption)
        m_event->setStation(value(stationName));
    return m_event.get();
}

int execute(const Command& command, const QStringList& arguments)
{
    const Syntax syntax = command.syntax();
    QCommandLineParser parser;
    describe(parser, command, syntax);
    if (auto done = parse(parser, arguments, command, syntax))
        return *done;
    Invocation call(command, parser);
    if (auto ran = command.run(call); !ran)
        return report(ran.error());
    return Success;
}

} // namespace entre::cli
