#include "eventjournal.h"

#include "checkinservice.h"
#include "sqlquery.h"
#include "util/isotime.h"

#include <QJsonDocument>

namespace entre {

QString EventJournal::kindName(Kind kind)
{
    switch (kind) {
    case Kind::WalkIn:
        return QStringLiteral("walk_in");
    case Kind::Import:
        return QStringLiteral("import");
    case Kind::Erase:
        return QStringLiteral("erase");
    case Kind::LockTakeOver:
        return QStringLiteral("lock_take_over");
    case Kind::Restore:
        return QStringLiteral("restore");
    }
    return QString();
}

Result<void> EventJournal::record(const QSqlDatabase& db, Kind kind, const QString& station,
                                  qint64 attendeeId, const QJsonObject& detail)
{
    const QString json = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    auto inserted =
        runQuery(db,
                 QStringLiteral("INSERT INTO event_log(at_utc, station, kind, attendee_id, detail) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {nowIsoUtc(), CheckInService::stationOrDefault(station), kindName(kind),
                  attendeeId > 0 ? QVariant(attendeeId) : QVariant(), json});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace entre
