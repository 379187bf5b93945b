#include "clioutput.h"
#include "commands.h"

namespace entre::cli {
namespace {

enum class Action { CheckIn, Undo };

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QList<Argument> codeOrId()
{
    return {{QStringLiteral("CODE_OR_ID"), tr("The attendee's code or id.")}};
}

// A check-in or undo the rules refused, as the error to report.
std::optional<Error> refusal(const CheckInOutcome& outcome)
{
    const Attendee& a = outcome.attendee;
    using Status = CheckInOutcome::Status;
    switch (outcome.status) {
    case Status::AlreadyCheckedIn:
        return refused(tr("%1 is already checked in at %2 (%3).")
                           .arg(a.fullName(), localTime(a.checkedInAt), a.checkedInStation));
    case Status::NotCheckedIn:
        return refused(tr("%1 is not checked in; nothing to undo.").arg(a.fullName()));
    case Status::CheckedIn:
    case Status::Undone:
        break;
    }
    return std::nullopt;
}

Result<void> run(Invocation& call, Action action)
{
    auto event = call.event();
    if (!event)
        return event.error();
    auto attendee = event.value()->findByCodeOrId(call.argument(0));
    if (!attendee)
        return attendee.error();
    auto outcome = action == Action::CheckIn ? event.value()->checkIn(attendee->id)
                                             : event.value()->undoCheckIn(attendee->id);
    if (!outcome)
        return outcome.error();
    if (auto refusedByRules = refusal(outcome.value()))
        return *refusedByRules;
    const Attendee& a = outcome->attendee;
    if (call.json())
        printJson(attendeeToJson(a));
    else if (action == Action::CheckIn)
        printLine(tr("Checked in %1 (%2) at %3.")
                      .arg(a.fullName(), a.organisation, localTime(a.checkedInAt)));
    else
        printLine(tr("Undid the check-in of %1.").arg(a.fullName()));
    return {};
}

} // namespace

Syntax checkInSyntax()
{
    return {tr("Check in an attendee. The confirmation is printed only after it was saved."),
            codeOrId(),
            {},
            {}};
}

Result<void> checkInCommand(Invocation& call)
{
    return run(call, Action::CheckIn);
}

Syntax undoSyntax()
{
    return {tr("Undo an attendee's check-in; the log keeps both."), codeOrId(), {}, {}};
}

Result<void> undoCommand(Invocation& call)
{
    return run(call, Action::Undo);
}

} // namespace entre::cli
