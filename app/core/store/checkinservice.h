#pragma once

#include "model/attendee.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace entre {

struct CheckInOutcome {
    enum class Status {
        CheckedIn,        // the tick was written and committed
        AlreadyCheckedIn, // nothing written; attendee.checkedInAt says since when
        Undone,           // the undo was written and committed
        NotCheckedIn,     // nothing to undo
    };
    Status status = Status::CheckedIn;
    Attendee attendee; // as it is after the action
};

struct CheckInLogEntry {
    qint64 id = 0;
    qint64 attendeeId = 0;
    QString action; // "check_in" or "undo"
    QDateTime at;   // UTC
    QString station;
};

// Ticks and undos. Each is one transaction that appends to the log and updates the attendee's
// current state together; the outcome is returned only after the commit.
class CheckInService {
public:
    explicit CheckInService(QSqlDatabase db);

    Result<CheckInOutcome> checkIn(qint64 attendeeId, const QString& station);
    Result<CheckInOutcome> undo(qint64 attendeeId, const QString& station);
    Result<QList<CheckInLogEntry>> log(qint64 attendeeId = 0) const;
    // The tick alone, inside the caller's transaction, for a person just added (a walk-in).
    Result<void> appendCheckIn(qint64 attendeeId, const QString& station);

    // The name a desk records when none is set: the computer's host name.
    static QString defaultStation();
    static QString stationOrDefault(const QString& station);

private:
    enum class Action { CheckIn, Undo };
    Result<CheckInOutcome> record(qint64 attendeeId, const QString& station, Action action);

    QSqlDatabase m_db;
};

} // namespace entre
