#include "cliutil.h"
#include "commands.h"
#include "search/attendeesearch.h"
#include "store/attendeerepository.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

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

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QCoreApplication::translate("entre::cli", "Print JSON.")};
}

} // namespace

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "entre::cli", "List the attendees in Swedish alphabetical order."));
    parser.addPositionalArgument(QStringLiteral("list"), {}, QStringLiteral("list"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("entre::cli", "The event file."));
    const QCommandLineOption arrived(
        QStringLiteral("arrived"),
        QCoreApplication::translate("entre::cli", "Only those who have arrived."));
    const QCommandLineOption missing(
        QStringLiteral("missing"),
        QCoreApplication::translate("entre::cli", "Only those not yet arrived."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({arrived, missing, json});
    if (auto done = parse(parser, arguments, {QStringLiteral("FILE")}))
        return *done;
    if (parser.isSet(arrived) && parser.isSet(missing))
        return usageError(
            QCoreApplication::translate("entre::cli", "Choose --arrived or --missing, not both."));

    auto store = EventStore::open(parser.positionalArguments().at(1), EventStore::Access::ReadOnly);
    if (!store)
        return report(store.error());
    const ArrivalFilter filter = parser.isSet(arrived)   ? ArrivalFilter::Arrived
                                 : parser.isSet(missing) ? ArrivalFilter::Missing
                                                         : ArrivalFilter::Everyone;
    auto attendees = AttendeeRepository(store.value()->database()).list(filter);
    if (!attendees)
        return report(attendees.error());
    printAttendees(attendees.value(), parser.isSet(json));
    return Success;
}

int runSearch(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "entre::cli",
        "Find attendees: every word a prefix of a name, organisation, e-mail, code or other "
        "identifier (order, ticket, barcode number...)."));
    parser.addPositionalArgument(QStringLiteral("search"), {}, QStringLiteral("search"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("entre::cli", "The event file."));
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QCoreApplication::translate("entre::cli", "What to look for."));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("entre::cli", "At most N results (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({limit, json});
    if (auto done = parse(parser, arguments, {QStringLiteral("FILE"), QStringLiteral("QUERY")}))
        return *done;
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (!numeric || count < 1)
        return usageError(
            QCoreApplication::translate("entre::cli", "--limit takes a positive number."));

    auto store = EventStore::open(parser.positionalArguments().at(1), EventStore::Access::ReadOnly);
    if (!store)
        return report(store.error());
    auto found = AttendeeSearch(store.value()->database())
                     .find(parser.positionalArguments().at(2), ArrivalFilter::Everyone, count);
    if (!found)
        return report(found.error());
    if (parser.isSet(json)) {
        if (auto attached =
                AttendeeRepository(store.value()->database()).attachIdentifiers(found.value());
            !attached)
            return report(attached.error());
    }
    printAttendees(found.value(), parser.isSet(json));
    return Success;
}

} // namespace entre::cli
