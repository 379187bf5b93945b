#include "clioutput.h"
#include "commands.h"

#include <QJsonArray>

namespace entre::cli {
namespace {

// The other numbers a person is found by, as {"kind": "barcode", "value": "..."}.
QJsonArray identifiersToJson(const Attendee& attendee)
{
    QJsonArray identifiers;
    for (const AttendeeIdentifier& identifier : attendee.identifiers)
        identifiers.append(QJsonObject{{QStringLiteral("kind"), identifier.kind},
                                       {QStringLiteral("value"), identifier.value}});
    return identifiers;
}

void printAttendees(const QList<Attendee>& attendees, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Attendee& attendee : attendees) {
            QJsonObject object = attendeeToJson(attendee);
            object.insert(QStringLiteral("identifiers"), identifiersToJson(attendee));
            array.append(object);
        }
        printJson(array);
        return;
    }
    for (const Attendee& a : attendees) {
        const QString arrived = a.isCheckedIn()
                                    ? a.checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm"))
                                    : QStringLiteral("-");
        printLine(a.code.leftJustified(12) + QLatin1Char(' ') + arrived.leftJustified(6) +
                  QLatin1Char(' ') + a.fullName().leftJustified(32) + QLatin1Char(' ') +
                  a.organisation);
    }
}

} // namespace

Syntax listSyntax()
{
    return {tr("List the attendees in Swedish alphabetical order."),
            {},
            {{QStringLiteral("arrived"), tr("Only those who have arrived.")},
             {QStringLiteral("missing"), tr("Only those not yet arrived.")}},
            {}};
}

Result<void> listCommand(Invocation& call)
{
    const bool arrived = call.isSet(QStringLiteral("arrived"));
    const bool missing = call.isSet(QStringLiteral("missing"));
    if (arrived && missing)
        return badInput(tr("Choose --arrived or --missing, not both."));
    auto event = call.event();
    if (!event)
        return event.error();
    const ArrivalFilter filter = arrived   ? ArrivalFilter::Arrived
                                 : missing ? ArrivalFilter::Missing
                                           : ArrivalFilter::Everyone;
    auto attendees = event.value()->attendees(filter);
    if (!attendees)
        return attendees.error();
    printAttendees(attendees.value(), call.json());
    return {};
}

Syntax searchSyntax()
{
    return {tr("Find attendees: every word a prefix of a name, organisation, e-mail, code or "
               "other identifier (order, ticket, barcode number...)."),
            {{QStringLiteral("QUERY"), tr("What to look for.")}},
            {{QStringLiteral("limit"), tr("At most N results (default 20)."), QStringLiteral("N"),
              QStringLiteral("20")}},
            {}};
}

Result<void> searchCommand(Invocation& call)
{
    bool numeric = false;
    const int limit = call.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 1)
        return badInput(tr("--limit takes a positive number."));
    auto event = call.event();
    if (!event)
        return event.error();
    auto found = event.value()->search(call.argument(0), ArrivalFilter::Everyone, limit, 0,
                                       /*withIdentifiers*/ call.json());
    if (!found)
        return found.error();
    printAttendees(found.value(), call.json());
    return {};
}

} // namespace entre::cli
