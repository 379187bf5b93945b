#include "schema.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace entre::schema {
namespace {

// Version 1: the event, organisations, attendees and the append-only check-in log.
const char* const version1[] = {
    R"(CREATE TABLE event_info (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE organisations (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        type          TEXT NOT NULL DEFAULT 'other' CHECK (type IN
                      ('municipality', 'region', 'county_council', 'agency', 'company', 'other')),
        register_code TEXT,
        sort_key      BLOB))",
    R"(CREATE TABLE attendees (
        id                 INTEGER PRIMARY KEY,
        code               TEXT NOT NULL UNIQUE,
        first_name         TEXT NOT NULL DEFAULT '',
        last_name          TEXT NOT NULL DEFAULT '',
        email              TEXT NOT NULL DEFAULT '',
        phone              TEXT NOT NULL DEFAULT '',
        organisation_id    INTEGER REFERENCES organisations(id),
        title              TEXT NOT NULL DEFAULT '',
        diet               TEXT NOT NULL DEFAULT '',
        notes              TEXT NOT NULL DEFAULT '',
        extra              TEXT NOT NULL DEFAULT '{}',
        sort_key           BLOB,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        checked_in_at      TEXT,
        checked_in_station TEXT))",
    "CREATE INDEX attendees_organisation ON attendees(organisation_id)",
    "CREATE INDEX attendees_email ON attendees(email COLLATE NOCASE)",
    "CREATE INDEX attendees_sort ON attendees(sort_key)",
    R"(CREATE TABLE checkin_log (
        id          INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        action      TEXT NOT NULL CHECK (action IN ('check_in', 'undo')),
        at_utc      TEXT NOT NULL,
        station     TEXT NOT NULL))",
    "CREATE INDEX checkin_log_attendee ON checkin_log(attendee_id)",
    R"(CREATE TRIGGER checkin_log_no_update BEFORE UPDATE ON checkin_log
       BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END)",
    R"(CREATE TRIGGER checkin_log_no_delete BEFORE DELETE ON checkin_log
       BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END)",
};

// Version 2: full-text search over name, organisation, e-mail and code, kept in step by
// triggers, and the aliases a user taught the event for its organisations.
const char* const version2[] = {
    R"(CREATE VIRTUAL TABLE attendee_search USING fts5(
        first_name, last_name, organisation, email, code,
        tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3'))",
    R"(INSERT INTO attendee_search(rowid, first_name, last_name, organisation, email, code)
       SELECT a.id, a.first_name, a.last_name, coalesce(o.name, ''), a.email, a.code
       FROM attendees a LEFT JOIN organisations o ON o.id = a.organisation_id)",
    R"(CREATE TRIGGER attendees_search_insert AFTER INSERT ON attendees BEGIN
         INSERT INTO attendee_search(rowid, first_name, last_name, organisation, email, code)
         VALUES (new.id, new.first_name, new.last_name,
                 coalesce((SELECT name FROM organisations WHERE id = new.organisation_id), ''),
                 new.email, new.code);
       END)",
    R"(CREATE TRIGGER attendees_search_update
       AFTER UPDATE OF first_name, last_name, organisation_id, email, code ON attendees BEGIN
         UPDATE attendee_search SET first_name = new.first_name, last_name = new.last_name,
           organisation = coalesce((SELECT name FROM organisations WHERE id = new.organisation_id), ''),
           email = new.email, code = new.code
         WHERE rowid = new.id;
       END)",
    R"(CREATE TRIGGER attendees_search_delete AFTER DELETE ON attendees BEGIN
         DELETE FROM attendee_search WHERE rowid = old.id;
       END)",
    R"(CREATE TRIGGER organisations_search_rename AFTER UPDATE OF name ON organisations BEGIN
         UPDATE attendee_search SET organisation = new.name
         WHERE rowid IN (SELECT id FROM attendees WHERE organisation_id = new.id);
       END)",
    R"(CREATE TABLE organisation_aliases (
        alias_key       TEXT PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE))",
};

// Version 3: badges printed, edits made at the desk, and the user's own badge templates.
const char* const version3[] = {
    "ALTER TABLE attendees ADD COLUMN badge_printed_at TEXT",
    R"(CREATE TABLE badge_log (
        id          INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        at_utc      TEXT NOT NULL,
        station     TEXT NOT NULL,
        target      TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE edit_log (
        id          INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        at_utc      TEXT NOT NULL,
        station     TEXT NOT NULL,
        field       TEXT NOT NULL,
        old_value   TEXT NOT NULL,
        new_value   TEXT NOT NULL))",
    R"(CREATE TABLE badge_templates (
        name       TEXT PRIMARY KEY,
        definition TEXT NOT NULL))",
};

// Version 4: codes are found whatever their case, as a scanner or a person types them.
const char* const version4[] = {
    "CREATE INDEX attendees_code_nocase ON attendees(code COLLATE NOCASE)",
};

// Version 5: the other numbers a person is known by (order, ticket, attendee, barcode, booking),
// found by the code lookup and by the search, which gains a column for them. The repository
// fills that column once per person it adds identifiers to: a trigger per identifier would
// rewrite the search row once for each.
const char* const version5[] = {
    R"(CREATE TABLE attendee_identifiers (
        attendee_id INTEGER NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        value       TEXT NOT NULL,
        PRIMARY KEY (attendee_id, kind, value)))",
    "CREATE INDEX attendee_identifiers_value ON attendee_identifiers(value COLLATE NOCASE)",
    "DROP TRIGGER attendees_search_insert",
    "DROP TRIGGER attendees_search_update",
    "DROP TRIGGER attendees_search_delete",
    "DROP TRIGGER organisations_search_rename",
    "DROP TABLE attendee_search",
    R"(CREATE VIRTUAL TABLE attendee_search USING fts5(
        first_name, last_name, organisation, email, code, identifiers,
        tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3'))",
    R"(INSERT INTO attendee_search(rowid, first_name, last_name, organisation, email, code,
                                   identifiers)
       SELECT a.id, a.first_name, a.last_name, coalesce(o.name, ''), a.email, a.code, ''
       FROM attendees a LEFT JOIN organisations o ON o.id = a.organisation_id)",
    R"(CREATE TRIGGER attendees_search_insert AFTER INSERT ON attendees BEGIN
         INSERT INTO attendee_search(rowid, first_name, last_name, organisation, email, code,
                                     identifiers)
         VALUES (new.id, new.first_name, new.last_name,
                 coalesce((SELECT name FROM organisations WHERE id = new.organisation_id), ''),
                 new.email, new.code, '');
       END)",
    R"(CREATE TRIGGER attendees_search_update
       AFTER UPDATE OF first_name, last_name, organisation_id, email, code ON attendees BEGIN
         UPDATE attendee_search SET first_name = new.first_name, last_name = new.last_name,
           organisation = coalesce((SELECT name FROM organisations WHERE id = new.organisation_id), ''),
           email = new.email, code = new.code
         WHERE rowid = new.id;
       END)",
    R"(CREATE TRIGGER attendees_search_delete AFTER DELETE ON attendees BEGIN
         DELETE FROM attendee_search WHERE rowid = old.id;
       END)",
    R"(CREATE TRIGGER organisations_search_rename AFTER UPDATE OF name ON organisations BEGIN
         UPDATE attendee_search SET organisation = new.name
         WHERE rowid IN (SELECT id FROM attendees WHERE organisation_id = new.id);
       END)",
    R"(CREATE TRIGGER attendee_identifiers_search_delete AFTER DELETE ON attendee_identifiers
       BEGIN
         UPDATE attendee_search SET identifiers = coalesce((SELECT group_concat(value, ' ')
           FROM attendee_identifiers WHERE attendee_id = old.attendee_id), '')
         WHERE rowid = old.attendee_id;
       END)",
};

// Version 6: the rest of the event's history (walk-ins, imports, erasures, lock take-overs,
// restores), append-only like the check-in log. `detail` is JSON without personal data; the
// person is referenced by id only, so erasing personal data never has to rewrite this table.
const char* const version6[] = {
    R"(CREATE TABLE event_log (
        id          INTEGER PRIMARY KEY,
        at_utc      TEXT NOT NULL,
        station     TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN
                    ('walk_in', 'import', 'erase', 'lock_take_over', 'restore')),
        attendee_id INTEGER REFERENCES attendees(id),
        detail      TEXT NOT NULL DEFAULT '{}'))",
    "CREATE INDEX event_log_at ON event_log(at_utc)",
    R"(CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log
       BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END)",
    R"(CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log
       BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END)",
};

// Version 7: desks that share an event. Every entry of the check-in log has an id that is
// unique across desks (the desk that wrote it and its number there), and an undo names the tick it
// takes back, so that entries from other desks can be applied in any order and more than once.
// Entries for a person this desk does not know yet wait in desk_inbox. Walk-ins are numbered in
// the same series, in desk_walkins, with the details another desk needs to add the person. The
// desk's own id and the link to the server live in event_info. The log stays append-only: its
// trigger is lifted only to number the entries already written, as this desk's.
const char* const version7[] = {
    "ALTER TABLE checkin_log ADD COLUMN desk_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE checkin_log ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE checkin_log ADD COLUMN undoes_desk TEXT",
    "ALTER TABLE checkin_log ADD COLUMN undoes_seq INTEGER",
    R"(INSERT OR IGNORE INTO event_info(key, value)
       VALUES ('desk_id', lower(hex(randomblob(8)))))",
    "DROP TRIGGER checkin_log_no_update",
    R"(UPDATE checkin_log SET desk_id = (SELECT value FROM event_info WHERE key = 'desk_id'),
         seq = id)",
    R"(UPDATE checkin_log SET undoes_desk = desk_id,
         undoes_seq = (SELECT max(t.seq) FROM checkin_log t WHERE t.attendee_id = checkin_log.attendee_id
                       AND t.action = 'check_in' AND t.id < checkin_log.id)
       WHERE action = 'undo')",
    R"(CREATE TRIGGER checkin_log_no_update BEFORE UPDATE ON checkin_log
       BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END)",
    "CREATE UNIQUE INDEX checkin_log_entry ON checkin_log(desk_id, seq)",
    "CREATE INDEX checkin_log_undoes ON checkin_log(undoes_desk, undoes_seq)",
    R"(CREATE TABLE desk_inbox (
        desk_id     TEXT NOT NULL,
        seq         INTEGER NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('check_in', 'undo')),
        code        TEXT NOT NULL,
        at_utc      TEXT NOT NULL,
        station     TEXT NOT NULL,
        undoes_desk TEXT,
        undoes_seq  INTEGER,
        PRIMARY KEY (desk_id, seq)))",
    R"(CREATE TABLE desk_walkins (
        desk_id TEXT NOT NULL,
        seq     INTEGER NOT NULL,
        code    TEXT NOT NULL,
        details TEXT NOT NULL,
        at_utc  TEXT NOT NULL,
        station TEXT NOT NULL,
        PRIMARY KEY (desk_id, seq)))",
};

// Version 8: edits and badge prints reach the other desks too. They join the desk's series: the
// ones already written are numbered as this desk's, after its ticks, undos and walk-ins. The inbox
// takes them as well, with their details. desk_entries shows every entry of every desk's series
// in the columns desks exchange; an edit's details are {"field", "new", "old"}, a print's
// {"target"}, keys in the order QJsonObject writes them, so that either makes the same text.
const char* const version8[] = {
    "ALTER TABLE edit_log ADD COLUMN desk_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE edit_log ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE badge_log ADD COLUMN desk_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE badge_log ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
    R"(UPDATE edit_log SET desk_id = (SELECT value FROM event_info WHERE key = 'desk_id'),
         seq = id + (SELECT max(coalesce((SELECT max(l.seq) FROM checkin_log l, event_info i
                                          WHERE i.key = 'desk_id' AND l.desk_id = i.value), 0),
                                 coalesce((SELECT max(w.seq) FROM desk_walkins w, event_info i
                                          WHERE i.key = 'desk_id' AND w.desk_id = i.value), 0))))",
    R"(UPDATE badge_log SET desk_id = (SELECT value FROM event_info WHERE key = 'desk_id'),
         seq = id + (SELECT max(coalesce((SELECT max(l.seq) FROM checkin_log l, event_info i
                                          WHERE i.key = 'desk_id' AND l.desk_id = i.value), 0),
                                 coalesce((SELECT max(w.seq) FROM desk_walkins w, event_info i
                                          WHERE i.key = 'desk_id' AND w.desk_id = i.value), 0),
                                 coalesce((SELECT max(seq) FROM edit_log), 0))))",
    "CREATE UNIQUE INDEX edit_log_entry ON edit_log(desk_id, seq)",
    "CREATE INDEX edit_log_field ON edit_log(attendee_id, field)",
    "CREATE UNIQUE INDEX badge_log_entry ON badge_log(desk_id, seq)",
    "CREATE INDEX badge_log_attendee ON badge_log(attendee_id)",
    R"(CREATE TABLE desk_inbox_v8 (
        desk_id     TEXT NOT NULL,
        seq         INTEGER NOT NULL,
        action      TEXT NOT NULL
                    CHECK (action IN ('check_in', 'undo', 'edit', 'badge_print')),
        code        TEXT NOT NULL,
        at_utc      TEXT NOT NULL,
        station     TEXT NOT NULL,
        undoes_desk TEXT,
        undoes_seq  INTEGER,
        details     TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (desk_id, seq)))",
    R"(INSERT INTO desk_inbox_v8(desk_id, seq, action, code, at_utc, station, undoes_desk,
                                undoes_seq)
       SELECT desk_id, seq, action, code, at_utc, station, undoes_desk, undoes_seq
       FROM desk_inbox)",
    "DROP TABLE desk_inbox",
    "ALTER TABLE desk_inbox_v8 RENAME TO desk_inbox",
    R"(CREATE VIEW desk_entries AS
       SELECT l.desk_id, l.seq, l.action, a.code, l.at_utc, l.station,
              l.undoes_desk, l.undoes_seq, '' AS details
       FROM checkin_log l JOIN attendees a ON a.id = l.attendee_id
       UNION ALL
       SELECT desk_id, seq, 'walk_in', code, at_utc, station, NULL, NULL, details
       FROM desk_walkins
       UNION ALL
       SELECT e.desk_id, e.seq, 'edit', a.code, e.at_utc, e.station, NULL, NULL,
              json_object('field', e.field, 'new', e.new_value, 'old', e.old_value)
       FROM edit_log e JOIN attendees a ON a.id = e.attendee_id
       UNION ALL
       SELECT b.desk_id, b.seq, 'badge_print', a.code, b.at_utc, b.station, NULL, NULL,
              json_object('target', b.target)
       FROM badge_log b JOIN attendees a ON a.id = b.attendee_id)",
};

// Version 9: two people found to be one (a walk-in added at two desks while they were apart) are
// merged by an entry of the desk's series, in desk_merges, that names both by code. Of each group
// of people merged together one stays in the lists, the survivor: the one that came with the list,
// else the earliest walk-in. The others keep their rows and their logs, with merged_into naming
// the survivor, and are left out of lists, searches and counts; their ticks and badge prints count
// for the survivor.
const char* const version9[] = {
    "ALTER TABLE attendees ADD COLUMN merged_into INTEGER REFERENCES attendees(id)",
    // Partial, so that "merged_into IS NULL", true of nearly everyone, never leads a search to it.
    "CREATE INDEX attendees_merged ON attendees(merged_into) WHERE merged_into IS NOT NULL",
    R"(CREATE TABLE desk_merges (
        desk_id TEXT NOT NULL,
        seq     INTEGER NOT NULL,
        code    TEXT NOT NULL,
        same_as TEXT NOT NULL,
        at_utc  TEXT NOT NULL,
        station TEXT NOT NULL,
        PRIMARY KEY (desk_id, seq)))",
    "CREATE INDEX desk_merges_code ON desk_merges(code)",
    "CREATE INDEX desk_merges_same_as ON desk_merges(same_as)",
    "DROP VIEW desk_entries",
    R"(CREATE VIEW desk_entries AS
       SELECT l.desk_id, l.seq, l.action, a.code, l.at_utc, l.station,
              l.undoes_desk, l.undoes_seq, '' AS details
       FROM checkin_log l JOIN attendees a ON a.id = l.attendee_id
       UNION ALL
       SELECT desk_id, seq, 'walk_in', code, at_utc, station, NULL, NULL, details
       FROM desk_walkins
       UNION ALL
       SELECT e.desk_id, e.seq, 'edit', a.code, e.at_utc, e.station, NULL, NULL,
              json_object('field', e.field, 'new', e.new_value, 'old', e.old_value)
       FROM edit_log e JOIN attendees a ON a.id = e.attendee_id
       UNION ALL
       SELECT b.desk_id, b.seq, 'badge_print', a.code, b.at_utc, b.station, NULL, NULL,
              json_object('target', b.target)
       FROM badge_log b JOIN attendees a ON a.id = b.attendee_id
       UNION ALL
       SELECT desk_id, seq, 'merge', code, at_utc, station, NULL, NULL,
              json_object('same_as', same_as)
       FROM desk_merges)",
};

// Version 10: the counts per organisation (the desk's counters, after every check-in) read an index
// that holds all they need, not every person's row: 7 ms rather than 60 to 170 at 100,000 people.
// Looking people up by organisation uses its first column as before.
const char* const version10[] = {
    "DROP INDEX attendees_organisation",
    "CREATE INDEX attendees_organisation_arrival "
    "ON attendees(organisation_id, merged_into, checked_in_at)",
};

template <std::size_t N>
Result<void> runAll(const QSqlDatabase& db, const char* const (&statements)[N])
{
    for (const char* statement : statements) {
        auto result = runQuery(db, QString::fromUtf8(statement));
        if (!result)
            return result.error();
    }
    return {};
}

Result<void> runStep(const QSqlDatabase& db, int version)
{
    switch (version) {
    case 1:
        return runAll(db, version1);
    case 2:
        return runAll(db, version2);
    case 3:
        return runAll(db, version3);
    case 4:
        return runAll(db, version4);
    case 5:
        return runAll(db, version5);
    case 6:
        return runAll(db, version6);
    case 7:
        return runAll(db, version7);
    case 8:
        return runAll(db, version8);
    case 9:
        return runAll(db, version9);
    case 10:
        return runAll(db, version10);
    default:
        return failed(
            QCoreApplication::translate("entre::EventStore", "No migration to schema version %1.")
                .arg(version));
    }
}

} // namespace

int userVersion(const QSqlDatabase& db)
{
    auto query = runQuery(db, QStringLiteral("PRAGMA user_version"));
    if (!query || !query->next())
        return -1;
    return query->value(0).toInt();
}

Result<void> migrate(const QSqlDatabase& db, int targetVersion)
{
    for (int version = userVersion(db) + 1; version <= targetVersion; ++version) {
        if (auto step = runStep(db, version); !step)
            return step;
        // PRAGMA takes no bound values; the number comes from this loop, not from input.
        auto bump = runQuery(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!bump)
            return bump.error();
    }
    return {};
}

} // namespace entre::schema
