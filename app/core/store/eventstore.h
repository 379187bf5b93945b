#pragma once

#include "eventlock.h"
#include "model/eventinfo.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace entre {

// Owns one event file: its SQLite connection, pragmas, schema and the lock that keeps a second
// Entré process from writing to it at the same time. Everything else reads and writes through
// the connection it hands out; no other class opens the file.
class EventStore {
public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr int currentSchemaVersion = 10;
    static constexpr qint32 applicationId = 0x456E7472; // "Entr"
    static QString fileSuffix() { return QStringLiteral("entre"); }

    // Creates a new event file; refuses to overwrite an existing one.
    static Result<std::unique_ptr<EventStore>> create(const QString& path, const EventInfo& info);
    // Opens an existing event file, upgrading its schema when it was made by an older version.
    // ReadOnly takes no lock and writes nothing, so a report can read while a desk is open.
    // A lock left by a desk that may be gone is an ErrorKind::StaleLock error unless the lock
    // policy is TakeOver (see EventLock).
    static Result<std::unique_ptr<EventStore>>
    open(const QString& path, Access access = Access::ReadWrite,
         EventLock::Policy lockPolicy = EventLock::Policy::Respect);

    // Opens for writing a file whose lock the caller already holds (a restore, which kept other
    // desks out while it replaced the file); the store holds the lock from then on.
    static Result<std::unique_ptr<EventStore>> openHolding(const QString& path,
                                                           std::unique_ptr<EventLock> lock);

    ~EventStore();
    EventStore(const EventStore&) = delete;
    EventStore& operator=(const EventStore&) = delete;

    // A second connection to the same file for another thread (an import running in the
    // background). It shares this store's lock and must not outlive it.
    Result<std::unique_ptr<EventStore>> openSibling() const;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    Access access() const { return m_access; }
    int schemaVersion() const;

    EventInfo eventInfo() const;
    Result<void> setEventInfo(const EventInfo& info);

    // True when opening took over a lock that another desk had left behind.
    bool tookOverLock() const { return m_lock && m_lock->tookOver(); }
    // Hands this store's lock to the caller, who keeps other desks out of the file after the
    // store is closed (a restore replaces the file that way).
    std::unique_ptr<EventLock> releaseLock() { return std::move(m_lock); }

    // A consistent copy of the whole event (VACUUM INTO), e.g. onto a USB stick. An existing
    // target is replaced in one step: a crash leaves either the old file or the whole copy.
    Result<void> saveCopy(const QString& targetPath) const;

private:
    EventStore(QString path, Access access, std::unique_ptr<EventLock> lock);
    static Result<std::unique_ptr<EventStore>> openLocked(const QString& absolutePath,
                                                          Access access,
                                                          std::unique_ptr<EventLock> lock,
                                                          const LockHolder& previousHolder);
    Result<void> openConnection();
    Result<void> verifyIdentity() const;
    Result<void> applyPragmas();

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<EventLock> m_lock;
};

} // namespace entre
