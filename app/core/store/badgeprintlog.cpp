#include "badgeprintlog.h"

#include "attendeerepository.h"
#include "desklog.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace entre {

BadgePrintLog::BadgePrintLog(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> BadgePrintLog::record(const QList<qint64>& attendeeIds, const QString& station,
                                   const QString& target)
{
    if (attendeeIds.isEmpty())
        return {};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    const QString now = nowIsoUtc();
    DeskLog log(m_db); // the other desks learn of the print too
    for (qint64 id : attendeeIds) {
        auto updated =
            runQuery(m_db, QStringLiteral("UPDATE attendees SET badge_printed_at = ? WHERE id = ?"),
                     {now, id});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return noSuchAttendee(id);
        if (auto logged = log.appendBadgePrint(id, station, now, target); !logged)
            return logged.error();
    }
    return transaction.commit();
}

Result<QList<BadgeLogEntry>> BadgePrintLog::log(qint64 attendeeId) const
{
    auto query = attendeeId > 0
                     ? runQuery(m_db,
                                QStringLiteral("SELECT id, attendee_id, at_utc, station, target "
                                               "FROM badge_log WHERE attendee_id = ? ORDER BY id"),
                                {attendeeId})
                     : runQuery(m_db, QStringLiteral("SELECT id, attendee_id, at_utc, station, "
                                                     "target FROM badge_log ORDER BY id"));
    if (!query)
        return query.error();
    QList<BadgeLogEntry> entries;
    while (query->next()) {
        entries.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                        fromIsoUtc(query->value(2).toString()), query->value(3).toString(),
                        query->value(4).toString()});
    }
    return entries;
}

} // namespace entre
