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

struct AttendanceStats {
    int registered = 0;
    int arrived = 0;
    QList<OrganisationAttendance> byOrganisation; // Swedish order; people with none last
};

Result<AttendanceStats> attendanceStats(const QSqlDatabase& db);

} // namespace entre
