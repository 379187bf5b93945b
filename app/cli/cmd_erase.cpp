#include "clioutput.h"
#include "commands.h"

namespace entre::cli {
namespace {

const QString yesName = QStringLiteral("yes");

} // namespace

Syntax eraseSyntax()
{
    return {tr("Erase the personal data of an event that is over, in the event file and in its "
               "backups: names, e-mail addresses, phone numbers, titles, dietary needs, notes, "
               "codes, identifiers and extra columns. The counts per organisation, check-in times "
               "and stations are kept, so the attendance report still adds up. The erasure is "
               "recorded in the event's history. It cannot be undone."),
            {},
            {{yesName, tr("Erase without asking; without it, only says what would be erased.")}},
            {}};
}

Result<void> eraseCommand(Invocation& call)
{
    if (!call.isSet(yesName)) {
        auto event = call.readOnlyEvent();
        if (!event)
            return event.error();
        auto people = event.value()->count();
        if (!people)
            return people.error();
        return badInput(tr("This would erase the personal data of %n people in \"%1\" and in its "
                           "backups, for good. Run again with --yes to erase it.",
                           nullptr, people.value())
                            .arg(event.value()->info().name));
    }
    auto event = call.event();
    if (!event)
        return event.error();
    auto erased = event.value()->erasePersonalData();
    if (!erased)
        return erased.error();
    if (call.json()) {
        printJson(QJsonObject{{QStringLiteral("people"), erased->people},
                              {QStringLiteral("backups"), erased->backups}});
        return {};
    }
    printLine(tr("Erased the personal data of %n people in \"%1\".", nullptr, erased->people)
                  .arg(event.value()->info().name));
    printLine(tr("Backups erased the same way: %1.").arg(erased->backups));
    return {};
}

} // namespace entre::cli
