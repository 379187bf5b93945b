#pragma once

#include "model/attendee.h"
#include "store/attendeerepository.h"
#include "store/eventstore.h"
#include "store/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <memory>

// Small events for the fault tests, and what they hold in rows, to show that a refused write
// left nothing behind.
namespace eventsnapshot {

// Creates an event with Emil Hägglund (DV16-001), Åsa Lindgren (DV16-002) and Hanna Berg
// (DV16-003); a null pointer when that fails.
inline std::unique_ptr<entre::EventStore> createEvent(const QString& path)
{
    auto store = entre::EventStore::create(path, {QStringLiteral("Kick-off"), {}, {}});
    if (!store)
        return nullptr;
    QSqlDatabase db = store.value()->database();
    entre::Transaction transaction(db);
    entre::AttendeeRepository attendees(db);
    const char* const people[][4] = {
        {"DV16-001", "Emil", "Hägglund", "Umeå kommun"},
        {"DV16-002", "Åsa", "Lindgren", "Region Västerbotten"},
        {"DV16-003", "Hanna", "Berg", "Västerbottens läns landsting"},
    };
    for (const auto& p : people) {
        entre::AttendeeDetails d;
        d.code = QString::fromUtf8(p[0]);
        d.firstName = QString::fromUtf8(p[1]);
        d.lastName = QString::fromUtf8(p[2]);
        d.organisation = QString::fromUtf8(p[3]);
        if (!attendees.insert(d))
            return nullptr;
    }
    if (!transaction.commit())
        return nullptr;
    return std::move(store.value());
}

inline QStringList rowsOf(const QSqlDatabase& db, const QString& sql)
{
    QStringList rows;
    QSqlQuery query(sql, db);
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    if (query.lastError().isValid())
        rows.append(QStringLiteral("error: ") + query.lastError().text());
    return rows;
}

// Every person, organisation and log entry, as text.
inline QStringList contents(const QSqlDatabase& db)
{
    return rowsOf(db, QStringLiteral("SELECT * FROM attendees ORDER BY id")) +
           rowsOf(db, QStringLiteral("SELECT * FROM organisations ORDER BY id")) +
           rowsOf(db, QStringLiteral("SELECT * FROM checkin_log ORDER BY id"));
}

// People whose current state is not what their last log entry says: empty when they agree.
inline QStringList disagreements(const QSqlDatabase& db)
{
    return rowsOf(
        db, QStringLiteral("SELECT a.code FROM attendees a WHERE (a.checked_in_at IS NOT NULL) <> "
                           "COALESCE((SELECT l.action = 'check_in' FROM checkin_log l "
                           "WHERE l.attendee_id = a.id ORDER BY l.id DESC LIMIT 1), 0)"));
}

// The write-ahead log emptied, so the next write must grow a file on the volume.
inline bool emptyWal(const QSqlDatabase& db)
{
    QSqlQuery query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), db);
    return query.next() && query.value(0).toInt() == 0;
}

// The test's own connection to an event file that a desk has open, to look at its rows the way
// another program would; it writes nothing.
class FileInspector {
public:
    explicit FileInspector(const QString& path)
        : m_name(QStringLiteral("inspector-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~FileInspector()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    FileInspector(const FileInspector&) = delete;
    FileInspector& operator=(const FileInspector&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace eventsnapshot
