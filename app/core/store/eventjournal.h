#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace entre {

// The events of an event's history that the check-in, edit and badge logs do not hold: walk-ins,
// imports, erasures, lock take-overs and restores. The table is append-only, and `detail` holds
// no personal data (counts, a file's base name, another desk's host): a person is referenced by
// attendee id only, so erasing personal data never has to touch it.
class EventJournal {
public:
    enum class Kind { WalkIn, Import, Erase, LockTakeOver, Restore };

    // Appends one row, inside the caller's transaction when there is one. attendeeId 0 means
    // the event concerns no single person.
    static Result<void> record(const QSqlDatabase& db, Kind kind, const QString& station,
                               qint64 attendeeId = 0, const QJsonObject& detail = {});

    // The value stored in event_log.kind, and back.
    static QString kindName(Kind kind);
};

} // namespace entre
