#include "personaldataeraser.h"

#include "eventjournal.h"
#include "eventstore.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace entre {
namespace {

const QString erasedAtKey = QStringLiteral("personal_data_erased_at");

// The texts of this file, in the context lupdate files them under.
struct PersonalDataEraserText {
    Q_DECLARE_TR_FUNCTIONS(entre::PersonalDataEraser)
};

// Everything a person was registered with, blanked. The row itself stays: the check-in log
// refers to it, and the counts per organisation and the arrival times are read from it.
const char* const blankStatements[] = {
    // Deleting identifiers also empties their column of the search index (a schema trigger).
    "DELETE FROM attendee_identifiers",
    R"(UPDATE attendees SET first_name = '', last_name = '', email = '', phone = '', title = '',
       diet = '', notes = '', extra = '{}', sort_key = NULL, updated_at = ?)",
    // What an edit at the desk changed is personal; that one was made, when and where is not.
    "UPDATE edit_log SET old_value = '', new_value = ''",
    // Other desks' entries that wait for a person not in this file name that person's code.
    "DELETE FROM desk_inbox",
    // Walk-ins as shared with other desks: the entries stay, so that they are not fetched again.
    "UPDATE desk_walkins SET code = '', details = '{}'",
    // A badge PDF's path may carry a person's name; a printer's name stays.
    R"(UPDATE badge_log SET target = 'PDF'
       WHERE target LIKE '%/%' OR target LIKE '%\%' OR target LIKE '%.pdf')",
    // The triggers kept the search index in step, but FTS5 keeps replaced tokens in older
    // segments until they are merged; merging everything into one segment drops them.
    "INSERT INTO attendee_search(attendee_search) VALUES ('optimize')",
};

Result<int> countPeople(const QSqlDatabase& db)
{
    auto query = runQuery(db, QStringLiteral("SELECT count(*) FROM attendees"));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toInt();
}

// Moves what SQLite wrote to the write-ahead log into the file and cuts the log to nothing.
Result<void> truncateLog(const QSqlDatabase& db)
{
    auto query = runQuery(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!query)
        return query.error();
    // The first column is 1 when another connection kept the checkpoint from finishing.
    if (query->next() && query->value(0).toInt() != 0)
        return refused(PersonalDataEraserText::tr(
            "The personal data is erased, but another program is reading the event "
            "file, so erased text may remain in its journal. Close the other "
            "program and erase again."));
    return {};
}

} // namespace

PersonalDataEraser::PersonalDataEraser(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString PersonalDataEraser::placeholderCode(qint64 attendeeId)
{
    return QStringLiteral("erased-%1").arg(attendeeId);
}

Result<int> PersonalDataEraser::erase(const QString& station)
{
    // Pages freed from here on are overwritten with zeros, not merely marked free; VACUUM below
    // rewrites the file anyway, but this holds even when another reader keeps it from finishing.
    if (auto secure = runQuery(m_db, QStringLiteral("PRAGMA secure_delete = ON")); !secure)
        return secure.error();
    auto erased = eraseRows(station);
    if (!erased)
        return erased;
    if (auto compacted = compact(); !compacted)
        return compacted.error();
    return erased;
}

Result<int> PersonalDataEraser::eraseRows(const QString& station)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    auto people = countPeople(m_db);
    if (!people)
        return people;
    if (auto codes = replaceCodes(); !codes)
        return codes.error();
    const QString now = nowIsoUtc();
    for (const char* statement : blankStatements) {
        const QString sql = QString::fromUtf8(statement);
        auto result =
            sql.contains(QLatin1Char('?')) ? runQuery(m_db, sql, {now}) : runQuery(m_db, sql);
        if (!result)
            return result.error();
    }
    auto marked = runQuery(m_db,
                           QStringLiteral("INSERT INTO event_info(key, value) VALUES (?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {erasedAtKey, now});
    if (!marked)
        return marked.error();
    if (auto logged = EventJournal::record(m_db, EventJournal::Kind::Erase, station, 0,
                                           QJsonObject{{QStringLiteral("people"), people.value()}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return people;
}

// Codes can be order numbers or made of a person's name, so each one is replaced by one made of
// the row's id. A list that already used such a code for someone else is first moved out of the
// way, since the codes must stay unique at every step.
Result<void> PersonalDataEraser::replaceCodes()
{
    auto clash = runQuery(m_db, QStringLiteral("SELECT count(*) FROM attendees WHERE code LIKE "
                                               "'erased-%' AND code <> 'erased-' || id"));
    if (!clash)
        return clash.error();
    if (clash->next() && clash->value(0).toInt() > 0) {
        auto moved = runQuery(m_db, QStringLiteral("UPDATE attendees SET code = "
                                                   "'moving-' || id || '-' || hex(randomblob(8))"));
        if (!moved)
            return moved.error();
    }
    auto replaced = runQuery(m_db, QStringLiteral("UPDATE attendees SET code = 'erased-' || id"));
    if (!replaced)
        return replaced.error();
    return {};
}

// VACUUM rewrites the file from the rows that are left, so nothing erased survives in a free page
// or in the unused part of a page; the checkpoints before and after leave the log empty.
Result<void> PersonalDataEraser::compact()
{
    if (auto before = truncateLog(m_db); !before)
        return before;
    if (auto vacuum = runQuery(m_db, QStringLiteral("VACUUM")); !vacuum)
        return vacuum.error();
    return truncateLog(m_db);
}

Result<int> PersonalDataEraser::eraseFile(const QString& path, const QString& station)
{
    auto store = EventStore::open(path);
    if (!store)
        return store.error();
    auto erased = PersonalDataEraser(store.value()->database()).erase(station);
    if (!erased)
        return erased;
    // A copy is read as a single file (a backup is listed through an immutable connection that
    // never looks for a journal), so it goes back to a rollback journal, which removes the log.
    auto mode = runQuery(store.value()->database(), QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!mode)
        return mode.error();
    return erased;
}

QDateTime PersonalDataEraser::erasedAt() const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT value FROM event_info WHERE key = ?"), {erasedAtKey});
    if (!query || !query->next())
        return {};
    return fromIsoUtc(query->value(0).toString());
}

} // namespace entre
