#include "desklog.h"

#include "attendeerepository.h"
#include "deskedits.h"
#include "deskmerges.h"
#include "deskwalkin.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace entre {
namespace {

const QString serverKey = QStringLiteral("desks_server");
const QString eventKey = QStringLiteral("desks_event");
const QString sentKey = QStringLiteral("desks_sent_seq");
const QString lastSyncKey = QStringLiteral("desks_last_sync");

// The texts of this file, in the context lupdate files them under.
struct DeskLogText {
    Q_DECLARE_TR_FUNCTIONS(entre::DeskLog)
};

// The ticks that no undo names of a survivor (a placeholder or a column) and of everyone merged
// into them (deskmerges.h).
QString liveTicksOf(const QString& survivor)
{
    return QStringLiteral("FROM checkin_log t WHERE t.attendee_id IN ") + mergedGroupOf(survivor) +
           QStringLiteral(" AND t.action = 'check_in' AND NOT EXISTS (SELECT 1 FROM checkin_log u "
                          "WHERE u.undoes_desk = t.desk_id AND u.undoes_seq = t.seq)");
}

// The columns of a DeskEntry, from desk_entries (every desk's series) or desk_inbox.
const QString entryColumns = QStringLiteral(
    "SELECT desk_id, seq, action, code, at_utc, station, undoes_desk, undoes_seq, details ");

DeskEntry entryFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(),   query.value(5).toString(),
            query.value(6).toString(), query.value(7).toLongLong(), query.value(8).toString()};
}

QVariant undoesDesk(const DeskEntry& entry)
{
    return entry.undoesDesk.isEmpty() ? QVariant() : QVariant(entry.undoesDesk);
}

QVariant undoesSeq(const DeskEntry& entry)
{
    return entry.undoesDesk.isEmpty() ? QVariant() : QVariant(entry.undoesSeq);
}

bool wellFormed(const DeskEntry& entry)
{
    const bool undo = entry.action == QLatin1String("undo");
    const bool tick = entry.action == QLatin1String("check_in");
    const bool detailed =
        entry.action == QLatin1String("walk_in") || entry.action == QLatin1String("edit") ||
        entry.action == QLatin1String("badge_print") || entry.action == QLatin1String("merge");
    return !entry.deskId.isEmpty() && entry.seq > 0 && !entry.code.isEmpty() &&
           !entry.atUtc.isEmpty() && (undo || tick || detailed) &&
           undo == (!entry.undoesDesk.isEmpty() && entry.undoesSeq > 0) &&
           detailed == !entry.details.isEmpty();
}

Result<void> insertIntoLog(const QSqlDatabase& db, qint64 attendeeId, const DeskEntry& entry)
{
    auto inserted =
        runQuery(db,
                 QStringLiteral("INSERT INTO checkin_log(attendee_id, action, at_utc, station, "
                                "desk_id, seq, undoes_desk, undoes_seq) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {attendeeId, entry.action, entry.atUtc, entry.station, entry.deskId, entry.seq,
                  undoesDesk(entry), undoesSeq(entry)});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace

DeskLog::DeskLog(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QString> DeskLog::deskId() const
{
    auto id = setting(QStringLiteral("desk_id"));
    if (id && id->isEmpty())
        return failed(DeskLogText::tr("The event file has no desk id; it was not upgraded."));
    return id;
}

Result<void> DeskLog::appendTick(qint64 attendeeId, const QString& station, const QString& atUtc)
{
    auto id = nextEntryId();
    if (!id)
        return id.error();
    return insertIntoLog(m_db, attendeeId,
                         {id->first, id->second, QStringLiteral("check_in"), QString(), atUtc,
                          station, QString(), 0, QString()});
}

Result<void> DeskLog::appendEdit(qint64 attendeeId, const QString& station, const QString& atUtc,
                                 const EditedField& edit)
{
    auto id = nextEntryId();
    if (!id)
        return id.error();
    return logEdit(m_db, attendeeId,
                   {id->first, id->second, QStringLiteral("edit"), QString(), atUtc, station,
                    QString(), 0, editDetails(edit.field, edit.oldValue, edit.newValue)});
}

Result<void> DeskLog::appendBadgePrint(qint64 attendeeId, const QString& station,
                                       const QString& atUtc, const QString& target)
{
    auto id = nextEntryId();
    if (!id)
        return id.error();
    return logBadgePrint(m_db, attendeeId,
                         {id->first, id->second, QStringLiteral("badge_print"), QString(), atUtc,
                          station, QString(), 0, badgePrintDetails(target)});
}

Result<void> DeskLog::appendMerge(qint64 attendeeId, qint64 sameAsId, const QString& station,
                                  const QString& atUtc)
{
    AttendeeRepository attendees(m_db);
    auto person = attendees.existing(attendeeId);
    if (!person)
        return person.error();
    auto sameAs = attendees.existing(sameAsId);
    if (!sameAs)
        return sameAs.error();
    if (person->code == sameAs->code)
        return badInput(DeskLogText::tr("A person cannot be merged with themselves."));
    auto id = nextEntryId();
    if (!id)
        return id.error();
    return logMerge(m_db, {id->first, id->second, QStringLiteral("merge"), person->code, atUtc,
                           station, QString(), 0, mergeDetails(sameAs->code)});
}

Result<void> DeskLog::appendWalkIn(qint64 attendeeId, const QString& station, const QString& atUtc)
{
    auto id = nextEntryId();
    if (!id)
        return id.error();
    auto person = walkInOf(m_db, attendeeId);
    if (!person)
        return person.error();
    auto inserted =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO desk_walkins(desk_id, seq, code, details, "
                                "at_utc, station) VALUES (?, ?, ?, ?, ?, ?)"),
                 {id->first, id->second, person->first, person->second, atUtc, station});
    if (!inserted)
        return inserted.error();
    return {};
}

// This desk's id and the next number in its series.
Result<std::pair<QString, qint64>> DeskLog::nextEntryId() const
{
    auto me = deskId();
    if (!me)
        return me.error();
    auto seq = nextSeq(me.value());
    if (!seq)
        return seq.error();
    return std::pair{me.value(), seq.value()};
}

// The next number in this desk's series, which ticks, undos, walk-ins, edits, prints and merges
// share. Each table's highest is looked up in its index: at the door this runs for every tick.
Result<qint64> DeskLog::nextSeq(const QString& desk) const
{
    auto next = runQuery(
        m_db,
        QStringLiteral("SELECT max(coalesce((SELECT max(seq) FROM checkin_log WHERE desk_id = ?), "
                       "0), coalesce((SELECT max(seq) FROM desk_walkins WHERE desk_id = ?), 0), "
                       "coalesce((SELECT max(seq) FROM edit_log WHERE desk_id = ?), 0), "
                       "coalesce((SELECT max(seq) FROM badge_log WHERE desk_id = ?), 0), "
                       "coalesce((SELECT max(seq) FROM desk_merges WHERE desk_id = ?), 0)) + 1"),
        {desk, desk, desk, desk, desk});
    if (!next)
        return next.error();
    if (!next->next())
        return failed(DeskLogText::tr("The check-in log cannot be read."));
    return next->value(0).toLongLong();
}

Result<int> DeskLog::appendUndos(qint64 attendeeId, const QString& station, const QString& atUtc)
{
    auto survivor = survivorOf(m_db, attendeeId);
    if (!survivor)
        return survivor.error();
    QList<std::pair<QString, qint64>> ticks;
    {
        auto live = runQuery(
            m_db, QStringLiteral("SELECT t.desk_id, t.seq ") + liveTicksOf(QStringLiteral("?")),
            {survivor.value(), survivor.value()});
        if (!live)
            return live.error();
        while (live->next())
            ticks.append({live->value(0).toString(), live->value(1).toLongLong()});
    }
    for (const auto& [desk, seq] : ticks) {
        auto id = nextEntryId();
        if (!id)
            return id.error();
        const DeskEntry undo{id->first, id->second, QStringLiteral("undo"),
                             QString(), atUtc,      station,
                             desk,      seq,        QString()};
        if (auto inserted = insertIntoLog(m_db, attendeeId, undo); !inserted)
            return inserted.error();
    }
    return int(ticks.size());
}

Result<void> DeskLog::refreshArrival(qint64 attendeeId)
{
    auto survivor = survivorOf(m_db, attendeeId);
    if (!survivor)
        return survivor.error();
    auto updated =
        runQuery(m_db,
                 QStringLiteral("UPDATE attendees SET (checked_in_at, checked_in_station) = "
                                "(SELECT t.at_utc, t.station ") +
                     liveTicksOf(QStringLiteral("attendees.id")) +
                     QStringLiteral(" ORDER BY t.at_utc, t.desk_id, t.seq LIMIT 1) WHERE id = ?"),
                 {survivor.value()});
    if (!updated)
        return updated.error();
    return {};
}

// This desk's id and its sent mark, the values for "desk_id = ? AND seq > ?": what is still to
// be sent.
Result<QVariantList> DeskLog::afterSentMark() const
{
    auto me = deskId();
    if (!me)
        return me.error();
    auto sent = link();
    if (!sent)
        return sent.error();
    return QVariantList{me.value(), sent->sentSeq};
}

Result<QList<DeskEntry>> DeskLog::unsent(int limit) const
{
    auto after = afterSentMark();
    if (!after)
        return after.error();
    auto query = runQuery(m_db,
                          entryColumns + QStringLiteral("FROM desk_entries WHERE desk_id = ? AND "
                                                        "seq > ? ORDER BY seq LIMIT ?"),
                          after.value() + QVariantList{limit});
    if (!query)
        return query.error();
    QList<DeskEntry> entries;
    while (query->next())
        entries.append(entryFrom(query.value()));
    return entries;
}

Result<int> DeskLog::pendingCount() const
{
    auto after = afterSentMark();
    if (!after)
        return after.error();
    auto query = runQuery(
        m_db, QStringLiteral("SELECT count(*) FROM desk_entries WHERE desk_id = ? AND seq > ?"),
        after.value());
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<int> DeskLog::waitingCount() const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT count(*) FROM desk_inbox"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QHash<QString, qint64>> DeskLog::known() const
{
    // From each table's (desk_id, seq) index: desk_entries would join and write out every entry.
    QStringList parts;
    for (const char* table :
         {"checkin_log", "desk_walkins", "edit_log", "badge_log", "desk_merges", "desk_inbox"}) {
        parts.append(QStringLiteral("SELECT desk_id, max(seq) AS top FROM %1 GROUP BY desk_id")
                         .arg(QLatin1String(table)));
    }
    auto query = runQuery(m_db, QStringLiteral("SELECT desk_id, max(top) FROM (") +
                                    parts.join(QStringLiteral(" UNION ALL ")) +
                                    QStringLiteral(") GROUP BY desk_id"));
    if (!query)
        return query.error();
    QHash<QString, qint64> known;
    while (query->next())
        known.insert(query->value(0).toString(), query->value(1).toLongLong());
    return known;
}

Result<QList<DeskEntry>> DeskLog::entries() const
{
    auto query = runQuery(m_db, entryColumns + QStringLiteral("FROM desk_entries UNION ALL ") +
                                    entryColumns + QStringLiteral("FROM desk_inbox ORDER BY 1, 2"));
    if (!query)
        return query.error();
    QList<DeskEntry> entries;
    while (query->next())
        entries.append(entryFrom(query.value()));
    return entries;
}

Result<int> DeskLog::receive(const QList<DeskEntry>& entries)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    int fresh = 0;
    for (const DeskEntry& entry : entries) {
        auto stored = store(entry);
        if (!stored)
            return stored.error();
        fresh += stored.value() ? 1 : 0;
    }
    if (auto retried = retryInbox(); !retried)
        return retried.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return fresh;
}

// Files one entry from another desk: into the log when the person is known here, into the inbox
// when not. False when it was held already.
Result<bool> DeskLog::store(const DeskEntry& entry)
{
    if (!wellFormed(entry))
        return badInput(
            DeskLogText::tr("Another desk sent a check-in entry that cannot be read (desk %1, "
                            "number %2).")
                .arg(entry.deskId)
                .arg(entry.seq));
    // Table by table: each looks in its own index, where a query of desk_entries would first
    // build every column of the view.
    auto held = runQuery(
        m_db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM checkin_log WHERE desk_id = ? AND seq = ?) "
                       "OR EXISTS (SELECT 1 FROM desk_walkins WHERE desk_id = ? AND seq = ?) "
                       "OR EXISTS (SELECT 1 FROM edit_log WHERE desk_id = ? AND seq = ?) "
                       "OR EXISTS (SELECT 1 FROM badge_log WHERE desk_id = ? AND seq = ?) "
                       "OR EXISTS (SELECT 1 FROM desk_merges WHERE desk_id = ? AND seq = ?) "
                       "OR EXISTS (SELECT 1 FROM desk_inbox WHERE desk_id = ? AND seq = ?)"),
        {entry.deskId, entry.seq, entry.deskId, entry.seq, entry.deskId, entry.seq, entry.deskId,
         entry.seq, entry.deskId, entry.seq, entry.deskId, entry.seq});
    if (!held)
        return held.error();
    if (held->next() && held->value(0).toBool())
        return false;
    if (entry.action == QLatin1String("walk_in"))
        return storeWalkIn(entry);
    if (entry.action == QLatin1String("merge")) {
        // Kept by code, so it needs no inbox: it takes effect as its people come.
        if (auto merged = logMerge(m_db, entry); !merged)
            return merged.error();
        return true;
    }
    auto person =
        runQuery(m_db, QStringLiteral("SELECT id FROM attendees WHERE code = ?"), {entry.code});
    if (!person)
        return person.error();
    if (!person->next()) {
        auto parked = runQuery(
            m_db,
            QStringLiteral("INSERT INTO desk_inbox(desk_id, seq, action, code, at_utc, station, "
                           "undoes_desk, undoes_seq, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {entry.deskId, entry.seq, entry.action, entry.code, entry.atUtc, entry.station,
             undoesDesk(entry), undoesSeq(entry), entry.details});
        if (!parked)
            return parked.error();
        return true;
    }
    if (auto applied = apply(person->value(0).toLongLong(), entry); !applied)
        return applied.error();
    return true;
}

// Files an entry of a person this file knows, and brings the person up to date.
Result<void> DeskLog::apply(qint64 attendeeId, const DeskEntry& entry)
{
    if (entry.action == QLatin1String("edit"))
        return logEdit(m_db, attendeeId, entry);
    if (entry.action == QLatin1String("badge_print"))
        return logBadgePrint(m_db, attendeeId, entry);
    if (auto inserted = insertIntoLog(m_db, attendeeId, entry); !inserted)
        return inserted.error();
    if (auto refreshed = refreshArrival(attendeeId); !refreshed)
        return refreshed;
    if (entry.action != QLatin1String("undo"))
        return {};
    // An undo at a desk that knew of a merge can name a tick of another person of the group.
    auto ticked = runQuery(
        m_db, QStringLiteral("SELECT attendee_id FROM checkin_log WHERE desk_id = ? AND seq = ?"),
        {entry.undoesDesk, entry.undoesSeq});
    if (!ticked)
        return ticked.error();
    if (ticked->next() && ticked->value(0).toLongLong() != attendeeId)
        return refreshArrival(ticked->value(0).toLongLong());
    return {};
}

// Another desk's walk-in: the person is added here unless this file has the code already (an
// import that brought them, or the entry coming round again), and the entry is kept either way.
Result<bool> DeskLog::storeWalkIn(const DeskEntry& entry)
{
    auto added = addWalkIn(m_db, entry.code, entry.details, entry.station);
    if (!added)
        return added.error();
    auto kept =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO desk_walkins(desk_id, seq, code, details, "
                                "at_utc, station) VALUES (?, ?, ?, ?, ?, ?)"),
                 {entry.deskId, entry.seq, entry.code, entry.details, entry.atUtc, entry.station});
    if (!kept)
        return kept.error();
    // A merge that came before the person it names takes effect now, with the walk-in in place
    // to rank them by.
    if (auto settled = settleMerges(m_db, entry.code); !settled)
        return settled.error();
    return true;
}

// Moves the inbox entries whose person is known by now into the log.
Result<int> DeskLog::retryInbox()
{
    QList<DeskEntry> ready;
    {
        auto query = runQuery(m_db, entryColumns + QStringLiteral("FROM desk_inbox WHERE code IN "
                                                                  "(SELECT code FROM attendees) "
                                                                  "ORDER BY desk_id, seq"));
        if (!query)
            return query.error();
        while (query->next())
            ready.append(entryFrom(query.value()));
    }
    AttendeeRepository attendees(m_db);
    for (const DeskEntry& entry : std::as_const(ready)) {
        auto person = attendees.byCode(entry.code);
        if (!person)
            return person.error();
        if (!person->has_value())
            continue;
        auto removed =
            runQuery(m_db, QStringLiteral("DELETE FROM desk_inbox WHERE desk_id = ? AND seq = ?"),
                     {entry.deskId, entry.seq});
        if (!removed)
            return removed.error();
        if (auto applied = apply(person->value().id, entry); !applied)
            return applied.error();
    }
    return int(ready.size());
}

Result<DeskSharing> DeskLog::link() const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT key, value FROM event_info WHERE key IN "
                                         "(?, ?, ?, ?)"),
                          {serverKey, eventKey, sentKey, lastSyncKey});
    if (!query)
        return query.error();
    DeskSharing link;
    while (query->next()) {
        const QString key = query->value(0).toString();
        const QString value = query->value(1).toString();
        if (key == serverKey)
            link.server = value;
        else if (key == eventKey)
            link.eventId = value;
        else if (key == sentKey)
            link.sentSeq = value.toLongLong();
        else if (key == lastSyncKey)
            link.lastSyncUtc = value;
    }
    return link;
}

Result<void> DeskLog::setLink(const DeskSharing& link)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    const std::pair<QString, QString> values[] = {{serverKey, link.server},
                                                  {eventKey, link.eventId},
                                                  {sentKey, QString::number(link.sentSeq)},
                                                  {lastSyncKey, link.lastSyncUtc}};
    for (const auto& [key, value] : values) {
        if (auto set = setSetting(key, value); !set)
            return set;
    }
    return transaction.commit();
}

Result<void> DeskLog::markSent(qint64 seq, const QString& syncedAtUtc)
{
    auto current = link();
    if (!current)
        return current.error();
    DeskSharing updated = current.value();
    updated.sentSeq = std::max(updated.sentSeq, seq);
    updated.lastSyncUtc = syncedAtUtc;
    return setLink(updated);
}

Result<void> DeskLog::becomeNewDesk(const DeskSharing& link)
{
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.beginError();
        const QString id = QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (auto set = setSetting(QStringLiteral("desk_id"), id); !set)
            return set;
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    DeskSharing fresh = link;
    fresh.sentSeq = 0;
    return setLink(fresh);
}

Result<QString> DeskLog::setting(const QString& key) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT value FROM event_info WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<void> DeskLog::setSetting(const QString& key, const QString& value)
{
    auto set = runQuery(m_db,
                        QStringLiteral("INSERT INTO event_info(key, value) VALUES (?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {key, value});
    if (!set)
        return set.error();
    return {};
}

} // namespace entre
