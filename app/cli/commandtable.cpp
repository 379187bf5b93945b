#include "commandtable.h"

#include "clioutput.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace entre::cli {
namespace {

const Command commands[] = {
    {"new", QT_TRANSLATE_NOOP("entre::cli", "Create a new event file."), EventUse::Creates,
     NoSharedOption, false, newSyntax, newCommand},
    {"import", QT_TRANSLATE_NOOP("entre::cli", "Import or merge a registration list (CSV, XLSX)."),
     EventUse::Writes, JsonOption | TakeOverOption, false, importSyntax, importCommand},
    {"list", QT_TRANSLATE_NOOP("entre::cli", "List the attendees."), EventUse::Reads, JsonOption,
     false, listSyntax, listCommand},
    {"search", QT_TRANSLATE_NOOP("entre::cli", "Find attendees as the desk's search field does."),
     EventUse::Reads, JsonOption, false, searchSyntax, searchCommand},
    {"checkin", QT_TRANSLATE_NOOP("entre::cli", "Check in an attendee by code or id."),
     EventUse::Writes, StationOption | JsonOption | TakeOverOption, false, checkInSyntax,
     checkInCommand},
    {"undo", QT_TRANSLATE_NOOP("entre::cli", "Undo an attendee's check-in."), EventUse::Writes,
     StationOption | JsonOption | TakeOverOption, false, undoSyntax, undoCommand},
    {"stats", QT_TRANSLATE_NOOP("entre::cli", "Arrived and registered, per organisation."),
     EventUse::Reads, JsonOption, false, statsSyntax, statsCommand},
    {"badges", QT_TRANSLATE_NOOP("entre::cli", "Make name badges as PDF or print them."),
     EventUse::Writes, StationOption | JsonOption | TakeOverOption, true, badgesSyntax,
     badgesCommand},
    {"export",
     QT_TRANSLATE_NOOP("entre::cli",
                       "Write the attendance or no-show list, a sign-in sheet or the history."),
     EventUse::Reads, NoSharedOption, true, exportSyntax, exportCommand},
    {"backups",
     QT_TRANSLATE_NOOP("entre::cli", "List the automatic backups of an event, newest first."),
     EventUse::Reads, JsonOption, false, backupsSyntax, backupsCommand},
    {"restore", QT_TRANSLATE_NOOP("entre::cli", "Replace an event file with one of its backups."),
     EventUse::Writes, StationOption, false, restoreSyntax, restoreCommand},
    {"erase",
     QT_TRANSLATE_NOOP("entre::cli",
                       "Erase the personal data of an event that is over, and of its backups."),
     EventUse::Writes, StationOption | JsonOption | TakeOverOption, false, eraseSyntax,
     eraseCommand},
    {"desks publish",
     QT_TRANSLATE_NOOP("entre::cli",
                       "Share an event with other desks through a PostgreSQL server."),
     EventUse::Writes, JsonOption | TakeOverOption, false, desksPublishSyntax, desksPublishCommand},
    {"desks join",
     QT_TRANSLATE_NOOP("entre::cli", "Make a new event file from an event another desk shared."),
     EventUse::Creates, JsonOption, false, desksJoinSyntax, desksJoinCommand},
    {"desks sync", QT_TRANSLATE_NOOP("entre::cli", "Exchange check-ins with the other desks once."),
     EventUse::Writes, JsonOption | TakeOverOption, false, desksSyncSyntax, desksSyncCommand},
    {"desks status",
     QT_TRANSLATE_NOOP("entre::cli", "Show how this desk shares its event with others."),
     EventUse::Reads, JsonOption, false, desksStatusSyntax, desksStatusCommand},
};

void printOverview()
{
    QTextStream out(stdout);
    out << tr("Usage: entre-cli COMMAND [options]") << "\n\n" << tr("Commands:") << '\n';
    for (const Command& command : commands) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(15) << tr(command.summary)
            << '\n';
    }
    out << '\n'
        << tr("Run entre-cli COMMAND --help for the options of a command.") << '\n'
        << tr("Exit codes: 0 success, 1 failure, 2 bad input or usage, 3 refused (e.g. already "
              "checked in).")
        << Qt::endl;
}

} // namespace

std::span<const Command> commandTable()
{
    return commands;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

int dispatch(const QStringList& arguments)
{
    const QString first = arguments.value(0);
    if (arguments.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printOverview();
        return arguments.isEmpty() ? BadUsage : Success;
    }
    if (first == QLatin1String("--version")) {
        printLine(QStringLiteral("entre-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    if (const Command* command = findCommand(first))
        return execute(*command, arguments);
    // "desks sync FILE" is the command "desks sync".
    if (arguments.size() > 1) {
        const QString twoWords = first + QLatin1Char(' ') + arguments.at(1);
        if (const Command* command = findCommand(twoWords))
            return execute(*command, QStringList{twoWords} + arguments.mid(2));
    }
    if (first == QLatin1String("desks"))
        return report(badInput(tr("Say what to do with the desks: entre-cli desks publish, join, "
                                  "sync or status. Run entre-cli --help.")));
    return report(badInput(tr("Unknown command \"%1\". Run entre-cli --help.").arg(first)));
}

} // namespace entre::cli
