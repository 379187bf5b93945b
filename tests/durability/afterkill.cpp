#include "afterkill.h"

#include "store/attendeerepository.h"
#include "store/checkinservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace entre::durability {
namespace {

struct LockInfo {
    bool readable = false;
    qint64 pid = 0;
    QString host;
};

LockInfo lockInfo(const QString& eventPath)
{
    LockInfo info;
    QString application;
    QLockFile lock(eventPath + QStringLiteral(".lock"));
    info.readable = lock.getLockInfo(&info.pid, &info.host, &application);
    return info;
}

QString staleLockProblem(const QString& eventPath, qint64 deadPid)
{
    if (!QFile::exists(eventPath + QStringLiteral(".lock")))
        return QStringLiteral("no lock file: the killed process left none to recover");
    const LockInfo info = lockInfo(eventPath);
    if (!info.readable)
        return QStringLiteral("the lock file cannot be read");
    if (info.pid != deadPid)
        return QStringLiteral("the lock names process %1, not the killed %2")
            .arg(info.pid)
            .arg(deadPid);
    if (info.host != QSysInfo::machineHostName())
        return QStringLiteral("the lock names host %1, not this one").arg(info.host);
    if (::kill(pid_t(deadPid), 0) == 0 || errno != ESRCH)
        return QStringLiteral("process %1 is still there").arg(deadPid);
    return {};
}

QString lockHeldHereProblem(const QString& eventPath)
{
    const LockInfo info = lockInfo(eventPath);
    if (!info.readable)
        return QStringLiteral("no readable lock beside the open event");
    if (info.pid != QCoreApplication::applicationPid())
        return QStringLiteral("the lock names process %1, not this one (%2)")
            .arg(info.pid)
            .arg(QCoreApplication::applicationPid());
    return {};
}

} // namespace

QString reopenAfterKill(const QString& path, const ChildRun& run,
                        std::unique_ptr<EventStore>& store, EventAudit& audit)
{
    // A child that said "done" may have been killed on its way out, its lock already released.
    if (run.killed && run.ready && run.workMs() < 0) {
        if (QString problem = staleLockProblem(path, run.pid); !problem.isEmpty())
            return QStringLiteral("before reopening: ") + problem;
    }
    auto opened = EventStore::open(path);
    if (!opened) {
        const QFileInfo lock(path + QStringLiteral(".lock"));
        return QStringLiteral("cannot reopen after the kill (the child %1 \"ready\"; lock file "
                              "of %2 bytes): %3")
            .arg(run.ready ? QStringLiteral("had said") : QStringLiteral("had not yet said"))
            .arg(lock.exists() ? lock.size() : -1)
            .arg(opened.error().message);
    }
    store = std::move(opened.value());
    if (QString problem = lockHeldHereProblem(path); !problem.isEmpty())
        return QStringLiteral("after reopening: ") + problem;
    auto audited = auditEvent(store->database());
    if (!audited)
        return audited.error().message;
    audit = audited.value();
    return audit.soundnessProblem();
}

Result<QString> nextCheckIn(EventStore& store, const QString& station)
{
    auto missing = AttendeeRepository(store.database()).list(ArrivalFilter::Missing);
    if (!missing)
        return missing.error();
    if (missing->isEmpty())
        return failed(QStringLiteral("nobody left to check in"));
    const Attendee person = missing->first();
    auto outcome = CheckInService(store.database()).checkIn(person.id, station);
    if (!outcome)
        return outcome.error();
    if (outcome->status != CheckInOutcome::Status::CheckedIn)
        return failed(QStringLiteral("%1 was not checked in").arg(person.code));
    return person.code;
}

} // namespace entre::durability
