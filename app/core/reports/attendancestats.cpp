#include "attendancestats.h"

#include "store/sqlquery.h"

namespace entre {

QString attendanceStatsStatement()
{
    return QStringLiteral("SELECT coalesce(o.name, ''), coalesce(o.type, 'other'), count(*), "
                          "count(a.checked_in_at) "
                          "FROM attendees a LEFT JOIN organisations o ON o.id = a.organisation_id "
                          "WHERE a.merged_into IS NULL GROUP BY a.organisation_id ORDER BY o.id "
                          "IS NULL, o.sort_key");
}

Result<AttendanceStats> attendanceStats(const QSqlDatabase& db)
{
    auto query = runQuery(db, attendanceStatsStatement());
    if (!query)
        return query.error();
    AttendanceStats stats;
    while (query->next()) {
        OrganisationAttendance row;
        row.organisation = query->value(0).toString();
        row.type =
            organisationTypeFromKey(query->value(1).toString()).value_or(OrganisationType::Other);
        row.registered = query->value(2).toInt();
        row.arrived = query->value(3).toInt();
        stats.registered += row.registered;
        stats.arrived += row.arrived;
        stats.byOrganisation.append(row);
    }
    for (const OrganisationType type : allOrganisationTypes()) {
        TypeAttendance subtotal{type, 0, 0};
        for (const OrganisationAttendance& row : std::as_const(stats.byOrganisation)) {
            if (row.type == type) {
                subtotal.registered += row.registered;
                subtotal.arrived += row.arrived;
            }
        }
        if (subtotal.registered > 0)
            stats.byType.append(subtotal);
    }
    return stats;
}

} // namespace entre
