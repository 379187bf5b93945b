#include "bulkattendeewriter.h"

#include "attendeerepository.h"
#include "organisationrepository.h"
#include "sqlquery.h"
#include "util/isotime.h"
#include "util/simplifiedtext.h"

namespace entre {
namespace {

// The triggers that keep the search index in step with attendees (schema version 5).
const QStringList searchTriggers = {QStringLiteral("attendees_search_insert"),
                                    QStringLiteral("attendees_search_update")};

// The indexes of attendees nothing reads during an import. Filling them one row at a time, in
// the random order of e-mail addresses, names and generated codes, costs more than building
// them afresh by sorting, once the import adds more people than the event has. (Whether a
// generated code is free is looked up in memory, and the code's uniqueness has an index of its
// own.)
const QStringList sortedIndexes = {
    QStringLiteral("attendees_organisation_arrival"), QStringLiteral("attendees_email"),
    QStringLiteral("attendees_sort"), QStringLiteral("attendees_code_nocase")};
// Below this many rows coming, the indexes are kept as they are.
constexpr qint64 rebuildIndexesFrom = 1000;

// The search row of each person written: the new ones by id, the changed ones by the list kept
// in the temporary table. Filled in bulk, the index keeps more terms in memory before it writes
// a segment (4 MB, not 1 MB) and merges segments less often, which fills 100,000 people in a
// fifth less time; both settings are back to SQLite's defaults for the desk's one-row changes
// before the transaction ends.
const char* const refreshSearch[] = {
    "DELETE FROM attendee_search WHERE rowid IN (SELECT id FROM temp.entre_import_touched)",
    "INSERT INTO attendee_search(attendee_search, rank) VALUES('hashsize', 4194304)",
    "INSERT INTO attendee_search(attendee_search, rank) VALUES('automerge', 8)",
    R"(INSERT INTO attendee_search(rowid, first_name, last_name, organisation, email, code,
                                   identifiers)
       SELECT a.id, a.first_name, a.last_name, coalesce(o.name, ''), a.email, a.code, %1
       FROM attendees a LEFT JOIN organisations o ON o.id = a.organisation_id
       WHERE a.id > :last OR a.id IN (SELECT id FROM temp.entre_import_touched))",
    "DELETE FROM temp.entre_import_touched",
    "INSERT INTO attendee_search(attendee_search, rank) VALUES('hashsize', 1048576)",
    "INSERT INTO attendee_search(attendee_search, rank) VALUES('automerge', 4)",
};

// A person's identifiers as the index holds them; looked up for each person only when the event
// has any at all (most lists have none).
const char* const identifiersOfEach =
    "coalesce((SELECT group_concat(value, ' ') FROM attendee_identifiers "
    "WHERE attendee_id = a.id), '')";

} // namespace

BulkAttendeeWriter::BulkAttendeeWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

// Drops the named schema objects of a type, keeping the statements that create them again.
Result<void> BulkAttendeeWriter::setAside(const QString& type, const QStringList& names)
{
    for (const QString& name : names) {
        QString sql;
        {
            auto found = runQuery(
                m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = ? AND name = ?"),
                {type, name});
            if (!found)
                return found.error();
            if (!found->next())
                continue;
            sql = found->value(0).toString();
        } // the statement is done before the schema changes
        m_setAside.append(sql);
        if (auto dropped = runQuery(m_db, QStringLiteral("DROP %1 %2").arg(type.toUpper(), name));
            !dropped)
            return dropped.error();
    }
    return {};
}

Result<void> BulkAttendeeWriter::begin(qint64 rowsComing)
{
    qint64 count = 0;
    {
        auto people = runQuery(m_db, QStringLiteral("SELECT count(*) FROM attendees"));
        if (!people)
            return people.error();
        count = people->next() ? people->value(0).toLongLong() : 0;
    }
    if (auto triggers = setAside(QStringLiteral("trigger"), searchTriggers); !triggers)
        return triggers;
    if (rowsComing >= rebuildIndexesFrom && rowsComing > count) {
        if (auto indexes = setAside(QStringLiteral("index"), sortedIndexes); !indexes)
            return indexes;
    }
    for (const char* sql :
         {"CREATE TEMP TABLE IF NOT EXISTS entre_import_touched(id INTEGER PRIMARY KEY)",
          "DELETE FROM temp.entre_import_touched"}) {
        if (auto done = runQuery(m_db, QString::fromLatin1(sql)); !done)
            return done.error();
    }
    auto last = runQuery(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM attendees"));
    if (!last)
        return last.error();
    m_lastIdBefore = last->next() ? last->value(0).toLongLong() : 0;
    m_now = nowIsoUtc();
    for (auto [query, sql] :
         {std::pair{&m_insert, AttendeeRepository::insertStatement()},
          std::pair{&m_update, AttendeeRepository::updateStatement()},
          std::pair{&m_identifier, QStringLiteral("INSERT OR IGNORE INTO attendee_identifiers"
                                                  "(attendee_id, kind, value) VALUES (?, ?, ?)")},
          std::pair{&m_touch, QStringLiteral("INSERT OR IGNORE INTO temp.entre_import_touched"
                                             "(id) VALUES (?)")}}) {
        if (auto prepared = query->prepare(m_db, sql); !prepared)
            return prepared;
    }
    m_begun = true;
    return {};
}

Result<qint64> BulkAttendeeWriter::organisationId(const QString& name)
{
    if (auto it = m_organisations.constFind(name); it != m_organisations.cend())
        return it.value();
    auto resolved = OrganisationRepository(m_db).resolve(name);
    if (!resolved)
        return resolved;
    m_organisations.insert(name, resolved.value());
    return resolved;
}

Result<qint64> BulkAttendeeWriter::insert(const AttendeeDetails& details,
                                          const QVariantList& values)
{
    QString code = details.code.trimmed();
    if (code.isEmpty()) {
        auto generated = AttendeeRepository::generateCode(
            [this](const QString& candidate) { return codeTaken(candidate); });
        if (!generated)
            return generated.error();
        code = generated.value();
    }
    QVariantList row;
    row.reserve(values.size() + 3);
    row.append(code);
    row.append(values);
    row.append(m_now);
    row.append(m_now);
    if (auto done = m_insert.exec(row); !done)
        return done.error();
    noteTaken(code);
    const qint64 id = m_insert.lastInsertId();
    if (auto added =
            addIdentifiers(id, AttendeeRepository::identifiersBesides(details.identifiers, code));
        !added)
        return added.error();
    return id;
}

namespace {

quint64 takenKey(const QString& value)
{
    constexpr size_t seed = 0x5bd1e995;
    return quint64(qHash(QStringView(value.toLower()), seed));
}

} // namespace

// Looked up in memory: asking the database, with the code's index kept up to date row by row,
// took a quarter of an import that makes everyone's code.
Result<bool> BulkAttendeeWriter::codeTaken(const QString& code)
{
    if (!m_takenRead) {
        if (auto read = readTaken(); !read)
            return read.error();
    }
    return m_taken.contains(takenKey(code));
}

Result<void> BulkAttendeeWriter::readTaken()
{
    auto values = runQuery(m_db, QStringLiteral("SELECT code FROM attendees UNION ALL "
                                                "SELECT value FROM attendee_identifiers"));
    if (!values)
        return values.error();
    while (values->next())
        m_taken.insert(takenKey(values->value(0).toString()));
    m_takenRead = true;
    return {};
}

void BulkAttendeeWriter::noteTaken(const QString& value)
{
    if (m_takenRead)
        m_taken.insert(takenKey(value));
}

Result<void> BulkAttendeeWriter::update(qint64 id, const AttendeeDetails& details,
                                        qint64 organisationId)
{
    if (auto done = m_update.exec(AttendeeRepository::detailValues(details, organisationId) +
                                  QVariantList{m_now, id});
        !done)
        return done;
    if (m_update.changes() != 1)
        return noSuchAttendee(id);
    return touch(id);
}

Result<int> BulkAttendeeWriter::addIdentifiers(qint64 id,
                                               const QList<AttendeeIdentifier>& identifiers)
{
    int added = 0;
    for (const AttendeeIdentifier& identifier : identifiers) {
        const QString value = simplifiedText(identifier.value);
        if (value.isEmpty() || identifier.kind.isEmpty())
            continue;
        if (auto done = m_identifier.exec({id, identifier.kind, value}); !done)
            return done.error();
        noteTaken(value);
        added += m_identifier.changes();
    }
    if (added > 0 && id <= m_lastIdBefore) {
        if (auto touched = touch(id); !touched)
            return touched.error();
    }
    return added;
}

Result<void> BulkAttendeeWriter::touch(qint64 id)
{
    if (id > m_lastIdBefore)
        return {}; // refreshed with everyone added
    return m_touch.exec({id});
}

Result<void> BulkAttendeeWriter::finish()
{
    if (!m_begun)
        return {};
    bool identifiers = true;
    {
        auto any =
            runQuery(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM attendee_identifiers)"));
        if (!any)
            return any.error();
        identifiers = any->next() && any->value(0).toBool();
    }
    for (const char* statement : refreshSearch) {
        QString sql = QString::fromUtf8(statement);
        const bool fill = sql.contains(QLatin1String(":last"));
        if (fill)
            sql = sql.arg(identifiers ? QString::fromLatin1(identifiersOfEach)
                                      : QStringLiteral("''"));
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            return sqlFailure(query);
        if (fill)
            query.bindValue(QStringLiteral(":last"), m_lastIdBefore);
        if (!query.exec())
            return sqlFailure(query);
    }
    for (const QString& sql : std::as_const(m_setAside)) {
        if (auto created = runQuery(m_db, sql); !created)
            return created.error();
    }
    m_setAside.clear();
    m_begun = false;
    return {};
}

} // namespace entre
