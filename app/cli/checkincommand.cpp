#include "cliutil.h"
#include "commands.h"
#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace entre::cli {
namespace {

enum class Action { CheckIn, Undo };

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

int run(const QStringList& arguments, Action action)
{
    const bool checkIn = action == Action::CheckIn;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        checkIn
            ? QCoreApplication::translate("entre::cli", "Check in an attendee. The confirmation "
                                                        "is printed only after it was saved.")
            : QCoreApplication::translate("entre::cli", "Undo an attendee's check-in; the log "
                                                        "keeps both."));
    const QString name = arguments.constFirst();
    parser.addPositionalArgument(name, {}, name);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("entre::cli", "The event file."));
    parser.addPositionalArgument(
        QStringLiteral("CODE_OR_ID"),
        QCoreApplication::translate("entre::cli", "The attendee's code or id."));
    const QCommandLineOption station(
        QStringLiteral("station"),
        QCoreApplication::translate("entre::cli",
                                    "The desk's name (default: this computer's name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("entre::cli", "Print JSON."));
    parser.addOptions({station, json, takeOverOption()});
    if (auto done =
            parse(parser, arguments, {QStringLiteral("FILE"), QStringLiteral("CODE_OR_ID")}))
        return *done;

    auto store = openForWriting(parser, parser.positionalArguments().at(1));
    if (!store)
        return report(store.error());
    const QSqlDatabase db = store.value()->database();
    auto attendee = AttendeeRepository(db).byCodeOrId(parser.positionalArguments().at(2));
    if (!attendee)
        return report(attendee.error());
    CheckInService service(db);
    auto outcome = checkIn ? service.checkIn(attendee->id, parser.value(station))
                           : service.undo(attendee->id, parser.value(station));
    if (!outcome)
        return report(outcome.error());

    const Attendee& a = outcome->attendee;
    using Status = CheckInOutcome::Status;
    switch (outcome->status) {
    case Status::AlreadyCheckedIn:
        return report(refused(
            QCoreApplication::translate("entre::cli", "%1 is already checked in at %2 (%3).")
                .arg(a.fullName(), localTime(a.checkedInAt), a.checkedInStation)));
    case Status::NotCheckedIn:
        return report(refused(
            QCoreApplication::translate("entre::cli", "%1 is not checked in; nothing to undo.")
                .arg(a.fullName())));
    case Status::CheckedIn:
    case Status::Undone:
        break;
    }
    if (parser.isSet(json))
        printJson(attendeeToJson(a));
    else if (checkIn)
        printLine(QCoreApplication::translate("entre::cli", "Checked in %1 (%2) at %3.")
                      .arg(a.fullName(), a.organisation, localTime(a.checkedInAt)));
    else
        printLine(QCoreApplication::translate("entre::cli", "Undid the check-in of %1.")
                      .arg(a.fullName()));
    return Success;
}

} // namespace

int runCheckIn(const QStringList& arguments)
{
    return run(arguments, Action::CheckIn);
}

int runUndo(const QStringList& arguments)
{
    return run(arguments, Action::Undo);
}

} // namespace entre::cli
