#pragma once

#include "checkinservice.h"
#include "model/attendee.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace entre {

// Someone who did not register arrives at the door: they are added and checked in together, in
// one transaction, so a walk-in is never half there.
class WalkInService {
public:
    explicit WalkInService(QSqlDatabase db);

    // Refuses a person without a name, a malformed e-mail, and an e-mail that someone in the
    // event already has (they are registered: check them in instead).
    Result<CheckInOutcome> addAndCheckIn(const AttendeeDetails& details, const QString& station);

private:
    QSqlDatabase m_db;
};

} // namespace entre
