#include "badgescommand.h"
#include "cliutil.h"
#include "commands.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <iterator>
#include <memory>

namespace {

using entre::cli::Command;

const Command commands[] = {
    {"new", QT_TRANSLATE_NOOP("entre::cli", "Create a new event file."), entre::cli::runNew},
    {"import", QT_TRANSLATE_NOOP("entre::cli", "Import or merge a registration list (CSV, XLSX)."),
     entre::cli::runImport},
    {"list", QT_TRANSLATE_NOOP("entre::cli", "List the attendees."), entre::cli::runList},
    {"search", QT_TRANSLATE_NOOP("entre::cli", "Find attendees as the desk's search field does."),
     entre::cli::runSearch},
    {"checkin", QT_TRANSLATE_NOOP("entre::cli", "Check in an attendee by code or id."),
     entre::cli::runCheckIn},
    {"undo", QT_TRANSLATE_NOOP("entre::cli", "Undo an attendee's check-in."), entre::cli::runUndo},
    {"stats", QT_TRANSLATE_NOOP("entre::cli", "Arrived and registered, per organisation."),
     entre::cli::runStats},
    {"badges", QT_TRANSLATE_NOOP("entre::cli", "Make name badges as PDF or print them."),
     entre::cli::runBadges},
};

void printOverview()
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("entre::cli", "Usage: entre-cli COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("entre::cli", "Commands:") << '\n';
    for (const Command& command : commands) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(10)
            << QCoreApplication::translate("entre::cli", command.summary) << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("entre::cli",
                                       "Run entre-cli COMMAND --help for the options of a command.")
        << '\n'
        << QCoreApplication::translate("entre::cli",
                                       "Exit codes: 0 success, 1 failure, 2 bad input "
                                       "or usage, 3 refused (e.g. already checked in).")
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    // Badges need fonts and printers, which live in the GUI library; no display is used.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "badges") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        drawing ? std::make_unique<QGuiApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    entre::setApplicationNames();
    // Scripts parse the output: English unless ENTRE_LANG asks for Swedish.
    if (qEnvironmentVariableIsEmpty("ENTRE_LANG"))
        qputenv("ENTRE_LANG", "en");
    entre::installTranslations(app);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help") ||
        arguments.constFirst() == QLatin1String("-h") ||
        arguments.constFirst() == QLatin1String("help")) {
        printOverview();
        return arguments.isEmpty() ? entre::cli::BadUsage : entre::cli::Success;
    }
    if (arguments.constFirst() == QLatin1String("--version")) {
        entre::cli::printLine(QStringLiteral("entre-cli ") +
                              QCoreApplication::applicationVersion());
        return entre::cli::Success;
    }
    for (const Command& command : commands) {
        if (arguments.constFirst() == QLatin1String(command.name))
            return command.run(arguments);
    }
    return entre::cli::usageError(
        QCoreApplication::translate("entre::cli", "Unknown command \"%1\". Run entre-cli --help.")
            .arg(arguments.constFirst()));
}
