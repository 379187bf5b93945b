#include "checkinservice.h"

#include "attendeerepository.h"
#include "desklog.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/isotime.h"

#include <QSysInfo>

namespace entre {
namespace {

// The tick or the undos, and the person's state from the log, in the caller's transaction. The
// log decides: an undo takes back every tick of the person that still counts.
Result<void> appendAndApply(const QSqlDatabase& db, qint64 attendeeId, bool ticking,
                            const QString& station)
{
    DeskLog log(db);
    const QString now = nowIsoUtc();
    if (ticking) {
        if (auto appended = log.appendTick(attendeeId, station, now); !appended)
            return appended;
    } else if (auto undone = log.appendUndos(attendeeId, station, now); !undone) {
        return undone.error();
    }
    return log.refreshArrival(attendeeId);
}

} // namespace

CheckInService::CheckInService(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString CheckInService::stationOrDefault(const QString& station)
{
    const QString trimmed = station.trimmed();
    return trimmed.isEmpty() ? defaultStation() : trimmed;
}

QString CheckInService::defaultStation()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("desk") : host;
}

Result<CheckInOutcome> CheckInService::checkIn(qint64 attendeeId, const QString& station)
{
    return record(attendeeId, station, Action::CheckIn);
}

Result<CheckInOutcome> CheckInService::undo(qint64 attendeeId, const QString& station)
{
    return record(attendeeId, station, Action::Undo);
}

Result<CheckInOutcome> CheckInService::record(qint64 attendeeId, const QString& station,
                                              Action action)
{
    using Status = CheckInOutcome::Status;
    const bool ticking = action == Action::CheckIn;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    AttendeeRepository attendees(m_db);
    auto before = attendees.existing(attendeeId);
    if (!before)
        return before.error();
    // Nothing is written for a second tick or an undo of nobody: the log holds only changes.
    if (before->isCheckedIn() == ticking)
        return CheckInOutcome{ticking ? Status::AlreadyCheckedIn : Status::NotCheckedIn,
                              before.value()};

    if (auto applied = appendAndApply(m_db, attendeeId, ticking, stationOrDefault(station));
        !applied)
        return applied.error();
    auto after = attendees.existing(attendeeId);
    if (!after)
        return after.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return CheckInOutcome{ticking ? Status::CheckedIn : Status::Undone, after.value()};
}

Result<void> CheckInService::appendCheckIn(qint64 attendeeId, const QString& station)
{
    return appendAndApply(m_db, attendeeId, true, stationOrDefault(station));
}

Result<QList<CheckInLogEntry>> CheckInService::log(qint64 attendeeId) const
{
    QString sql =
        QStringLiteral("SELECT id, attendee_id, action, at_utc, station FROM checkin_log");
    QVariantList values;
    if (attendeeId != 0) {
        sql += QStringLiteral(" WHERE attendee_id = ?");
        values.append(attendeeId);
    }
    auto query = runQuery(m_db, sql + QStringLiteral(" ORDER BY id"), values);
    if (!query)
        return query.error();
    QList<CheckInLogEntry> entries;
    while (query->next()) {
        entries.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                        query->value(2).toString(), fromIsoUtc(query->value(3).toString()),
                        query->value(4).toString()});
    }
    return entries;
}

} // namespace entre
