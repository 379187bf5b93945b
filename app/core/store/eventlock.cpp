#include "eventlock.h"

#include "util/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct EventLockText {
    Q_DECLARE_TR_FUNCTIONS(entre::EventLock)
};

QString resolved(const QString& eventPath)
{
    const QFileInfo info(eventPath);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // A file not made yet: resolve its folder.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool LockHolder::onThisComputer() const
{
    return readable && host == QSysInfo::machineHostName();
}

QString LockHolder::describe() const
{
    const QString when =
        since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!readable)
        return when.isEmpty()
                   ? QCoreApplication::translate("entre::EventLock", "an unreadable lock")
                   : QCoreApplication::translate("entre::EventLock", "an unreadable lock since %1")
                         .arg(when);
    const QString app = application.isEmpty()
                            ? QCoreApplication::translate("entre::EventLock", "another program")
                            : application;
    if (when.isEmpty())
        return QCoreApplication::translate("entre::EventLock", "%1 (process %2 on %3)")
            .arg(app)
            .arg(pid)
            .arg(host);
    return QCoreApplication::translate("entre::EventLock", "%1 (process %2 on %3) since %4")
        .arg(app)
        .arg(pid)
        .arg(host, when);
}

QString EventLock::lockPathFor(const QString& eventPath)
{
    return resolved(eventPath) + QStringLiteral(".lock");
}

LockHolder EventLock::holderOf(const QString& eventPath)
{
    const QString lockPath = lockPathFor(eventPath);
    LockHolder holder;
    holder.readable =
        QLockFile(lockPath).getLockInfo(&holder.pid, &holder.host, &holder.application) &&
        holder.pid > 0;
    const QFileInfo info(lockPath);
    if (info.exists())
        holder.since = info.lastModified().toUTC();
    return holder;
}

EventLock::EventLock(const QString& lockPath)
    : m_file(lockPath)
{
    m_file.setStaleLockTime(0); // stale only when its process is gone, never by age
}

EventLock::~EventLock() = default;

Result<std::unique_ptr<EventLock>> EventLock::acquire(const QString& eventPath, Policy policy)
{
    auto lock = take(eventPath, policy);
    // It names the computer and the program that has the event open: the owner's business.
    if (lock)
        privatefile::restrict(lock.value()->m_file.fileName());
    return lock;
}

Result<std::unique_ptr<EventLock>> EventLock::take(const QString& eventPath, Policy policy)
{
    const QString lockPath = lockPathFor(eventPath);
    std::unique_ptr<EventLock> lock(new EventLock(lockPath));
    if (lock->m_file.tryLock(0))
        return lock;
    const QString file = native(eventPath);
    if (lock->m_file.error() != QLockFile::LockFailedError)
        return refused(EventLockText::tr("Cannot lock %1: the folder is not writable.").arg(file));

    const LockHolder holder = holderOf(eventPath);
    // QLockFile creates the file, takes its native lock, then writes who holds it: an empty file
    // whose native lock is free is what a desk killed in between leaves, on this computer or on
    // the one the file came from. removeStaleLockFile() takes the native lock before removing.
    if (!holder.readable && QFileInfo(lockPath).size() == 0 && lock->m_file.removeStaleLockFile() &&
        lock->m_file.tryLock(0))
        return lock;
    if (holder.onThisComputer()) // its process is alive, or QLockFile would have cleared it
        return refused(EventLockText::tr("%1 is already open in %2. Close it there first.")
                           .arg(file, holder.describe()));
    if (policy == Policy::TakeOver) {
        // removeStaleLockFile() fails while a live process on this computer holds the lock.
        if (lock->m_file.removeStaleLockFile() && lock->m_file.tryLock(0)) {
            lock->m_tookOver = true;
            return lock;
        }
        return refused(
            EventLockText::tr("%1 is locked by %2, and the lock could not be taken over.")
                .arg(file, holder.describe()));
    }
    if (!holder.readable)
        return staleLock(
            EventLockText::tr("%1 has a lock file that cannot be read (%2), perhaps left by a desk "
                              "that crashed. Open it anyway only if no other desk is using this "
                              "file.")
                .arg(file, holder.describe()));
    return staleLock(
        EventLockText::tr(
            "%1 is marked as open in %2. If that computer crashed, or the file was "
            "copied from it, the lock was left behind. Open it anyway only if no other "
            "desk is using this file: two desks writing to one file can lose "
            "check-ins.")
            .arg(file, holder.describe()));
}

} // namespace entre
