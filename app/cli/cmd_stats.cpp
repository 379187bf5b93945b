#include "clioutput.h"
#include "commands.h"

#include <QJsonArray>

namespace entre::cli {
namespace {

QJsonObject statsToJson(const AttendanceStats& stats)
{
    QJsonArray organisations;
    for (const OrganisationAttendance& row : stats.byOrganisation) {
        organisations.append(QJsonObject{{QStringLiteral("organisation"), row.organisation},
                                         {QStringLiteral("type"), organisationTypeKey(row.type)},
                                         {QStringLiteral("registered"), row.registered},
                                         {QStringLiteral("arrived"), row.arrived}});
    }
    QJsonArray types;
    for (const TypeAttendance& row : stats.byType) {
        types.append(QJsonObject{{QStringLiteral("type"), organisationTypeKey(row.type)},
                                 {QStringLiteral("label"), organisationTypeLabel(row.type)},
                                 {QStringLiteral("registered"), row.registered},
                                 {QStringLiteral("arrived"), row.arrived}});
    }
    return {{QStringLiteral("registered"), stats.registered},
            {QStringLiteral("arrived"), stats.arrived},
            {QStringLiteral("by_organisation"), organisations},
            {QStringLiteral("by_type"), types}};
}

// "   3 / 12    Umeå kommun": arrived, registered and what they count.
void printRow(int arrived, int registered, const QString& name)
{
    printLine(QStringLiteral("%1 / %2  ").arg(arrived, 4).arg(registered, -4) + name);
}

void printStats(const AttendanceStats& stats)
{
    printLine(tr("%1 of %2 arrived").arg(stats.arrived).arg(stats.registered));
    for (const OrganisationAttendance& row : stats.byOrganisation) {
        printRow(row.arrived, row.registered,
                 row.organisation.isEmpty() ? tr("(no organisation)") : row.organisation);
    }
    if (stats.byType.isEmpty())
        return;
    printLine(QString());
    printLine(tr("By type of organisation:"));
    for (const TypeAttendance& row : stats.byType)
        printRow(row.arrived, row.registered, organisationTypeLabel(row.type));
}

} // namespace

Syntax statsSyntax()
{
    return {tr("Arrived and registered: in total, per organisation and per type of "
               "organisation."),
            {},
            {},
            {}};
}

Result<void> statsCommand(Invocation& call)
{
    auto event = call.event();
    if (!event)
        return event.error();
    auto stats = event.value()->attendance();
    if (!stats)
        return stats.error();
    if (call.json())
        printJson(statsToJson(stats.value()));
    else
        printStats(stats.value());
    return {};
}

} // namespace entre::cli
