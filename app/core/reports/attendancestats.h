#pragma once

#include "model/organisationtype.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace entre {

struct OrganisationAttendance {
    QString organisation;
    OrganisationType type = OrganisationType::Other;
    int registered = 0;
    int arrived = 0;
};

// The subtotal of one type of organisation (all municipalities, the region, ...).
struct TypeAttendance {
    OrganisationType type = OrganisationType::Other;
    int registered = 0;
    int arrived = 0;
};

struct AttendanceStats {
    int registered = 0;
    int arrived = 0;
    QList<OrganisationAttendance> byOrganisation; // Swedish order; people with none last
    QList<TypeAttendance> byType; // in allOrganisationTypes() order; types nobody has left out
};

Result<AttendanceStats> attendanceStats(const QSqlDatabase& db);
// The statement behind attendanceStats(), for checking how SQLite runs it: the desk's counters
// run it after every check-in.
QString attendanceStatsStatement();

} // namespace entre
