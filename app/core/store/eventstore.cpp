#include "eventstore.h"

#include "eventjournal.h"
#include "schema.h"
#include "sqlitesettings.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/isotime.h"
#include "util/privatefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct EventStoreText {
    Q_DECLARE_TR_FUNCTIONS(entre::EventStore)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("entre-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Only the 16-byte magic of the SQLite header; the rest is read through SQLite, since a
// write-ahead log that was not yet checkpointed can hold newer header values.
Result<void> checkSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QCoreApplication::translate("entre::EventStore", "Cannot read %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray magic = file.read(16);
    if (magic != QByteArray("SQLite format 3\0", 16))
        return badInput(
            QCoreApplication::translate("entre::EventStore", "%1 is not an Entré event file.")
                .arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<void> syncToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return failed(QCoreApplication::translate("entre::EventStore", "Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return failed(
            QCoreApplication::translate("entre::EventStore", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
#endif
    return {};
}

// Puts `from` in the place of `to` in one step where the system allows it, so that whoever looks
// finds either the old file or the new one, never neither.
Result<void> replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    return failed(
        QCoreApplication::translate("entre::EventStore", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(std::strerror(errno))));
#else
    if (QFile::exists(to) && !QFile::remove(to))
        return refused(QCoreApplication::translate("entre::EventStore", "Cannot replace %1.")
                           .arg(QDir::toNativeSeparators(to)));
    if (!QFile::rename(from, to))
        return failed(QCoreApplication::translate("entre::EventStore", "Cannot write %1.")
                          .arg(QDir::toNativeSeparators(to)));
    return {};
#endif
}

// Root may write anywhere, so the permission bits are what tell that a user made a file or
// folder read-only on purpose.
bool isWritable(const QString& path)
{
    const QFileInfo info(path);
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

// Taking over another desk's lock is part of the event's history: who held it is told by the
// lock file (its host, program and process), never a person's data.
Result<void> recordTakeOver(const QSqlDatabase& db, const LockHolder& previous)
{
    QJsonObject detail;
    if (previous.readable) {
        detail.insert(QStringLiteral("host"), previous.host);
        detail.insert(QStringLiteral("application"), previous.application);
        detail.insert(QStringLiteral("pid"), previous.pid);
    }
    if (previous.since.isValid())
        detail.insert(QStringLiteral("since"), toIsoUtc(previous.since));
    return EventJournal::record(db, EventJournal::Kind::LockTakeOver, QString(), 0, detail);
}

} // namespace

EventStore::EventStore(QString path, Access access, std::unique_ptr<EventLock> lock)
    : m_path(std::move(path))
    , m_access(access)
    , m_connectionName(nextConnectionName())
    , m_lock(std::move(lock))
{}

EventStore::~EventStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<EventStore>> EventStore::create(const QString& path, const EventInfo& info)
{
    const QFileInfo fileInfo(path);
    if (fileInfo.exists())
        return refused(EventStoreText::tr("%1 already exists; choose another name.")
                           .arg(QDir::toNativeSeparators(path)));
    if (!fileInfo.absoluteDir().exists())
        return badInput(EventStoreText::tr("The folder %1 does not exist.")
                            .arg(QDir::toNativeSeparators(fileInfo.absolutePath())));
    if (!isWritable(fileInfo.absolutePath()))
        return refused(EventStoreText::tr("The folder %1 is read-only.")
                           .arg(QDir::toNativeSeparators(fileInfo.absolutePath())));
    if (info.name.trimmed().isEmpty())
        return badInput(EventStoreText::tr("An event needs a name."));

    auto lock = EventLock::acquire(path);
    if (!lock)
        return lock.error();
    std::unique_ptr<EventStore> store(
        new EventStore(fileInfo.absoluteFilePath(), Access::ReadWrite, std::move(lock.value())));
    auto removeOnFailure = [&path](Error error) -> Error {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return error;
    };
    // SQLite makes the journal files with the permissions of the event file: made private
    // here, before SQLite opens it, no copy of the list is ever readable by other users.
    if (auto created = privatefile::createEmpty(path); !created)
        return failed(EventStoreText::tr("Cannot create %1: %2")
                          .arg(QDir::toNativeSeparators(path), created.error().message));
    if (auto opened = store->openConnection(); !opened)
        return removeOnFailure(opened.error());
    // Set while the file is empty, before the write-ahead log fixes it. An import writes
    // tens of megabytes at once: with 16 KiB pages, 100,000 people commit in two thirds of the
    // time 4 KiB pages take, while a check-in and a search take as long as before.
    if (auto pageSize = runQuery(store->database(), QStringLiteral("PRAGMA page_size = 16384"));
        !pageSize)
        return removeOnFailure(pageSize.error());
    if (auto pragmas = store->applyPragmas(); !pragmas)
        return removeOnFailure(pragmas.error());

    QSqlDatabase db = store->database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return removeOnFailure(transaction.beginError());
    auto appId = runQuery(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    if (!appId)
        return removeOnFailure(appId.error());
    if (auto migrated = schema::migrate(db, currentSchemaVersion); !migrated)
        return removeOnFailure(migrated.error());
    if (auto meta = runQuery(
            db, QStringLiteral("INSERT INTO event_info(key, value) VALUES ('created_at', ?)"),
            {nowIsoUtc()});
        !meta)
        return removeOnFailure(meta.error());
    if (auto committed = transaction.commit(); !committed)
        return removeOnFailure(committed.error());
    if (auto saved = store->setEventInfo(info); !saved)
        return removeOnFailure(saved.error());
    return store;
}

Result<std::unique_ptr<EventStore>> EventStore::open(const QString& path, Access access,
                                                     EventLock::Policy lockPolicy)
{
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return badInput(
            EventStoreText::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!fileInfo.isFile())
        return badInput(
            EventStoreText::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (auto header = checkSqliteHeader(path); !header)
        return header.error();

    std::unique_ptr<EventLock> lock;
    LockHolder previousHolder;
    if (access == Access::ReadWrite) {
        if (!isWritable(path))
            return refused(EventStoreText::tr(
                               "%1 is read-only. Copy it to a folder you can write to, or open it "
                               "read-only.")
                               .arg(QDir::toNativeSeparators(path)));
        if (!isWritable(fileInfo.absolutePath()))
            return refused(EventStoreText::tr(
                               "The folder of %1 is read-only; Entré needs to write its journal "
                               "beside the event file.")
                               .arg(QDir::toNativeSeparators(path)));
        if (lockPolicy == EventLock::Policy::TakeOver)
            previousHolder = EventLock::holderOf(fileInfo.absoluteFilePath());
        auto acquired = EventLock::acquire(fileInfo.absoluteFilePath(), lockPolicy);
        if (!acquired)
            return acquired.error();
        lock = std::move(acquired.value());
        // Files made before Entré kept them private, or copied in with the user's umask.
        for (const char* suffix : {"", "-wal", "-shm"})
            privatefile::restrict(fileInfo.absoluteFilePath() + QLatin1String(suffix));
    }

    return openLocked(fileInfo.absoluteFilePath(), access, std::move(lock), previousHolder);
}

Result<std::unique_ptr<EventStore>> EventStore::openHolding(const QString& path,
                                                            std::unique_ptr<EventLock> lock)
{
    if (auto header = checkSqliteHeader(path); !header)
        return header.error();
    return openLocked(QFileInfo(path).absoluteFilePath(), Access::ReadWrite, std::move(lock), {});
}

Result<std::unique_ptr<EventStore>> EventStore::openLocked(const QString& absolutePath,
                                                           Access access,
                                                           std::unique_ptr<EventLock> lock,
                                                           const LockHolder& previousHolder)
{
    std::unique_ptr<EventStore> store(new EventStore(absolutePath, access, std::move(lock)));
    if (auto opened = store->openConnection(); !opened)
        return opened.error();
    if (auto identity = store->verifyIdentity(); !identity)
        return identity.error();
    if (access == Access::ReadOnly) {
        if (store->schemaVersion() < currentSchemaVersion)
            return refused(EventStoreText::tr(
                               "%1 was made by an older version of Entré; open it for writing once "
                               "to upgrade it.")
                               .arg(QDir::toNativeSeparators(absolutePath)));
        // A read-only viewer searches the same index as the desk: without the desk's page cache
        // every keystroke would read the index from the file again.
        if (auto cache = runQuery(store->database(), QStringLiteral("PRAGMA cache_size = -65536"));
            !cache)
            return cache.error();
        return store;
    }
    if (auto pragmas = store->applyPragmas(); !pragmas)
        return pragmas.error();
    if (store->schemaVersion() < currentSchemaVersion) {
        Transaction transaction(store->database());
        if (!transaction.isActive())
            return transaction.beginError();
        if (auto migrated = schema::migrate(store->database(), currentSchemaVersion); !migrated)
            return migrated.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (store->tookOverLock()) {
        if (auto recorded = recordTakeOver(store->database(), previousHolder); !recorded)
            return recorded.error();
    }
    return store;
}

Result<std::unique_ptr<EventStore>> EventStore::openSibling() const
{
    std::unique_ptr<EventStore> sibling(new EventStore(m_path, m_access, nullptr));
    if (auto opened = sibling->openConnection(); !opened)
        return opened.error();
    if (m_access == Access::ReadWrite) {
        if (auto pragmas = sibling->applyPragmas(); !pragmas)
            return pragmas.error();
    }
    return sibling;
}

Result<void> EventStore::openConnection()
{
    settleSqliteSettings();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (m_access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return failed(EventStoreText::tr("Cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    return {};
}

Result<void> EventStore::verifyIdentity() const
{
    const QSqlDatabase db = database();
    auto query = runQuery(db, QStringLiteral("PRAGMA application_id"));
    if (!query || !query->next())
        return badInput(EventStoreText::tr("%1 is not an Entré event file.")
                            .arg(QDir::toNativeSeparators(m_path)));
    if (query->value(0).toInt() != applicationId)
        return badInput(EventStoreText::tr("%1 is an SQLite database, but not an Entré event file.")
                            .arg(QDir::toNativeSeparators(m_path)));
    const int version = schema::userVersion(db);
    if (version > currentSchemaVersion)
        return refused(EventStoreText::tr(
                           "%1 was made by a newer version of Entré (file format %2; this version "
                           "reads up to %3). Update Entré to open it.")
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(version)
                           .arg(currentSchemaVersion));
    return {};
}

Result<void> EventStore::applyPragmas()
{
    const QSqlDatabase db = database();
    auto wal = runQuery(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!wal)
        return wal.error();
    if (!wal->next() ||
        wal->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return failed(
            EventStoreText::tr("The event file's folder does not allow a write-ahead log."));
    // 64 MiB of page cache keeps the search index of a large event in memory.
    for (const char* pragma :
         {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"}) {
        if (auto result = runQuery(db, QString::fromLatin1(pragma)); !result)
            return result.error();
    }
    return {};
}

QSqlDatabase EventStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int EventStore::schemaVersion() const
{
    return schema::userVersion(database());
}

EventInfo EventStore::eventInfo() const
{
    EventInfo info;
    auto query = runQuery(database(), QStringLiteral("SELECT key, value FROM event_info"));
    if (!query)
        return info;
    while (query->next()) {
        const QString key = query->value(0).toString();
        const QString value = query->value(1).toString();
        if (key == QLatin1String("name"))
            info.name = value;
        else if (key == QLatin1String("date"))
            info.date = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("venue"))
            info.venue = value;
    }
    return info;
}

Result<void> EventStore::setEventInfo(const EventInfo& info)
{
    if (info.name.trimmed().isEmpty())
        return badInput(EventStoreText::tr("An event needs a name."));
    const QSqlDatabase db = database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginError();
    const QString sql = QStringLiteral("INSERT INTO event_info(key, value) VALUES (?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    const std::pair<QString, QString> values[] = {
        {QStringLiteral("name"), info.name.trimmed()},
        {QStringLiteral("date"), info.date.isValid() ? info.date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("venue"), info.venue.trimmed()},
    };
    for (const auto& [key, value] : values) {
        if (auto result = runQuery(db, sql, {key, value}); !result)
            return result.error();
    }
    return transaction.commit();
}

Result<void> EventStore::saveCopy(const QString& targetPath) const
{
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == m_path)
        return badInput(EventStoreText::tr("A copy cannot replace the open event file."));
    // Written beside the target first, so a failed copy never costs the file it would replace.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    // VACUUM INTO writes into an empty file as it finds it: a private one. Where none can be
    // made, VACUUM INTO says why.
    privatefile::createEmpty(partial);
    auto result = runQuery(database(), QStringLiteral("VACUUM INTO ?"), {partial});
    if (!result) {
        QFile::remove(partial);
        return result.error();
    }
    // VACUUM INTO does not sync what it wrote; the copy must be on the disk before it replaces
    // anything.
    if (auto synced = syncToDisk(partial); !synced) {
        QFile::remove(partial);
        return synced;
    }
    if (auto replaced = replaceFile(partial, target.absoluteFilePath()); !replaced) {
        QFile::remove(partial);
        return replaced;
    }
    return {};
}

} // namespace entre
