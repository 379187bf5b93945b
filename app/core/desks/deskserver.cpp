#include "deskserver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct DeskServerText {
    Q_DECLARE_TR_FUNCTIONS(entre::DeskServer)
};

// Created once per server, under an advisory lock so that two desks starting together do not
// both create them. Statements with a body are run unprepared: PostgreSQL prepares only queries.
const char* const schemaStatements[] = {
    R"(CREATE TABLE entre_events (
        id           text PRIMARY KEY,
        name         text NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        file         bytea NOT NULL))",
    R"(CREATE TABLE entre_log (
        id          bigserial PRIMARY KEY,
        event_id    text NOT NULL REFERENCES entre_events(id) ON DELETE CASCADE,
        desk_id     text NOT NULL,
        seq         bigint NOT NULL CHECK (seq > 0),
        action      text NOT NULL CHECK (action IN ('check_in', 'undo', 'walk_in')),
        code        text NOT NULL,
        at_utc      text NOT NULL,
        station     text NOT NULL,
        undoes_desk text,
        undoes_seq  bigint,
        details     text NOT NULL DEFAULT '',
        received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (event_id, desk_id, seq)))",
    R"(CREATE FUNCTION entre_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('entre_log', NEW.event_id);
         RETURN NULL;
       END $$)",
    R"(CREATE TRIGGER entre_log_notify AFTER INSERT ON entre_log
       FOR EACH ROW EXECUTE FUNCTION entre_log_notify())",
};

// Version 2: edits and badge prints are shared too.
const char* const version2[] = {
    "ALTER TABLE entre_log DROP CONSTRAINT entre_log_action_check",
    R"(ALTER TABLE entre_log ADD CONSTRAINT entre_log_action_check
       CHECK (action IN ('check_in', 'undo', 'walk_in', 'edit', 'badge_print')))",
};

// Version 3: merges of two people found to be one.
const char* const version3[] = {
    "ALTER TABLE entre_log DROP CONSTRAINT entre_log_action_check",
    R"(ALTER TABLE entre_log ADD CONSTRAINT entre_log_action_check
       CHECK (action IN ('check_in', 'undo', 'walk_in', 'edit', 'badge_print', 'merge')))",
};

// Any key will do as long as no other program on the server takes the same advisory lock.
constexpr qint64 schemaLock = 0x656e747265; // "entre"

class ServerCall {
public:
    ServerCall(const QSqlDatabase& db, const DeskAddress& address)
        : m_db(db)
        , m_address(address)
    {}

    Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const bool done = values.isEmpty() ? query.exec(sql) : prepared(query, sql, values);
        if (!done)
            return failure(query.lastError());
        return query;
    }

    Error failure(const QSqlError& error) const
    {
        return failed(DeskServerText::tr("The desks' server at %1 refused: %2")
                          .arg(m_address.place(), error.text().trimmed()));
    }

private:
    static bool prepared(QSqlQuery& query, const QString& sql, const QVariantList& values)
    {
        if (!query.prepare(sql))
            return false;
        for (const QVariant& value : values)
            query.addBindValue(value);
        return query.exec();
    }

    QSqlDatabase m_db;
    const DeskAddress& m_address;
};

// Runs one step of the server's schema, inside the caller's transaction.
template <std::size_t N>
Result<void> upgradeTo(const ServerCall& call, int version, const char* const (&statements)[N])
{
    for (const char* statement : statements) {
        if (auto done = call.run(QString::fromUtf8(statement)); !done)
            return done.error();
    }
    // The number comes from the caller, not from input.
    auto bumped = call.run(QStringLiteral("UPDATE entre_schema SET version = %1").arg(version));
    if (!bumped)
        return bumped.error();
    return {};
}

// What a desk's user can do about a connection that failed, with the server's own words after it.
QString connectFailure(const DeskAddress& address, const QString& said)
{
    if (said.contains(QLatin1String("password authentication failed")) ||
        said.contains(QLatin1String("no password supplied")))
        return DeskServerText::tr(
                   "The desks' server at %1 did not accept the user \"%2\" with this password. "
                   "Check the user and the password.\n(%3)")
            .arg(address.place(), address.user, said);
    if (said.contains(QLatin1String("does not exist")))
        return DeskServerText::tr(
                   "The desks' server at %1 has no such database or user. Check the database and "
                   "the user.\n(%2)")
            .arg(address.place(), said);
    return DeskServerText::tr("Cannot reach the desks' server at %1: %2")
        .arg(address.place(), said);
}

DeskEntry entryFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(),   query.value(5).toString(),
            query.value(6).toString(), query.value(7).toLongLong(), query.value(8).toString()};
}

} // namespace

DeskServer::DeskServer(DeskAddress address, QString connectionName)
    : m_address(std::move(address))
    , m_connectionName(std::move(connectionName))
{}

DeskServer::~DeskServer()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<DeskServer>> DeskServer::connect(const DeskAddress& address,
                                                        int timeoutSeconds)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failed(DeskServerText::tr(
            "Qt's PostgreSQL driver is not installed (on Debian: libqt6sql6-psql), so "
            "this desk cannot reach the desks' server."));
    const QString name = QStringLiteral("entre-desks-") + QUuid::createUuid().toString();
    std::unique_ptr<DeskServer> server(new DeskServer(address, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=entre")
                             .arg(std::max(1, timeoutSeconds)));
    if (!db.open())
        return failed(connectFailure(address, db.lastError().text().trimmed()));
    if (auto prepared = server->prepareSchema(); !prepared)
        return prepared.error();
    return server;
}

QSqlDatabase DeskServer::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> DeskServer::prepareSchema()
{
    QSqlDatabase db = database();
    const ServerCall call(db, m_address);
    if (!db.transaction())
        return call.failure(db.lastError());
    auto locked = call.run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {schemaLock});
    if (!locked)
        return locked.error();
    auto present = call.run(QStringLiteral("SELECT to_regclass('entre_schema') IS NOT NULL"));
    if (!present || !present->next())
        return present ? call.failure(present->lastError()) : present.error();
    if (!present->value(0).toBool()) {
        const QString create =
            QStringLiteral("CREATE TABLE entre_schema (version integer NOT NULL)");
        for (const QString& sql : {create, QStringLiteral("INSERT INTO entre_schema VALUES (1)")}) {
            if (auto done = call.run(sql); !done)
                return done.error();
        }
        for (const char* statement : schemaStatements) {
            if (auto done = call.run(QString::fromUtf8(statement)); !done)
                return done.error();
        }
    }
    auto version = call.run(QStringLiteral("SELECT max(version) FROM entre_schema"));
    if (!version || !version->next())
        return version ? call.failure(version->lastError()) : version.error();
    const int found = version->value(0).toInt();
    version->finish();
    if (found > schemaVersion) {
        db.rollback();
        return failed(DeskServerText::tr(
                          "The desks' server at %1 was set up by a newer version of Entré. Update "
                          "this desk first.")
                          .arg(m_address.place()));
    }
    if (found < 2) {
        if (auto upgraded = upgradeTo(call, 2, version2); !upgraded)
            return upgraded;
    }
    if (found < 3) {
        if (auto upgraded = upgradeTo(call, 3, version3); !upgraded)
            return upgraded;
    }
    if (!db.commit())
        return call.failure(db.lastError());
    return {};
}

Result<void> DeskServer::publish(const PublishedEvent& event, const QByteArray& file)
{
    const ServerCall call(database(), m_address);
    auto inserted = call.run(QStringLiteral("INSERT INTO entre_events(id, name, published_by, "
                                            "file) VALUES (?, ?, ?, ?)"),
                             {event.id, event.name, event.publishedBy, file});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<QList<PublishedEvent>> DeskServer::events() const
{
    const ServerCall call(database(), m_address);
    auto query = call.run(QStringLiteral("SELECT id, name, published_by, published_at FROM "
                                         "entre_events ORDER BY published_at"));
    if (!query)
        return query.error();
    QList<PublishedEvent> events;
    while (query->next()) {
        events.append({query->value(0).toString(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toDateTime().toUTC()});
    }
    return events;
}

Result<QByteArray> DeskServer::eventFile(const QString& eventId) const
{
    const ServerCall call(database(), m_address);
    auto query = call.run(QStringLiteral("SELECT file FROM entre_events WHERE id = ?"), {eventId});
    if (!query)
        return query.error();
    if (!query->next())
        return badInput(DeskServerText::tr("The desks' server at %1 has no event %2.")
                            .arg(m_address.place(), eventId));
    return query->value(0).toByteArray();
}

Result<void> DeskServer::send(const QString& eventId, const QList<DeskEntry>& entries)
{
    QSqlDatabase db = database();
    const ServerCall call(db, m_address);
    if (!db.transaction())
        return call.failure(db.lastError());
    for (const DeskEntry& entry : entries) {
        auto inserted = call.run(
            QStringLiteral("INSERT INTO entre_log(event_id, desk_id, seq, action, code, at_utc, "
                           "station, undoes_desk, undoes_seq, details) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?) ON CONFLICT (event_id, desk_id, seq) DO NOTHING"),
            {eventId, entry.deskId, entry.seq, entry.action, entry.code, entry.atUtc, entry.station,
             entry.undoesDesk.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(entry.undoesDesk),
             entry.undoesDesk.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                        : QVariant(entry.undoesSeq),
             entry.details});
        if (!inserted) {
            db.rollback();
            return inserted.error();
        }
    }
    if (!db.commit())
        return call.failure(db.lastError());
    return {};
}

Result<QHash<QString, qint64>> DeskServer::heads(const QString& eventId) const
{
    const ServerCall call(database(), m_address);
    auto query = call.run(QStringLiteral("SELECT desk_id, max(seq) FROM entre_log WHERE "
                                         "event_id = ? GROUP BY desk_id"),
                          {eventId});
    if (!query)
        return query.error();
    QHash<QString, qint64> heads;
    while (query->next())
        heads.insert(query->value(0).toString(), query->value(1).toLongLong());
    return heads;
}

Result<QList<DeskEntry>> DeskServer::entriesAfter(const QString& eventId, const QString& deskId,
                                                  qint64 seq) const
{
    const ServerCall call(database(), m_address);
    auto query =
        call.run(QStringLiteral("SELECT desk_id, seq, action, code, at_utc, station, "
                                "coalesce(undoes_desk, ''), coalesce(undoes_seq, 0), details "
                                "FROM entre_log WHERE event_id = ? AND desk_id = ? AND "
                                "seq > ? ORDER BY seq"),
                 {eventId, deskId, seq});
    if (!query)
        return query.error();
    QList<DeskEntry> entries;
    while (query->next())
        entries.append(entryFrom(query.value()));
    return entries;
}

} // namespace entre
