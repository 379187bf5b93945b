#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace entre {

// Who holds an event file's lock, as far as its lock file tells.
struct LockHolder {
    bool readable = false; // false: the lock file is empty or damaged
    qint64 pid = 0;
    QString host;
    QString application;
    QDateTime since; // when the lock was taken (the lock file's time), UTC

    bool onThisComputer() const;
    // "entre (process 4242 on other-laptop) since 2 Dec 2026 08:31", or what is known of it.
    QString describe() const;
};

// The lock that keeps a second Entré from writing to an event file. It is taken on the real file
// (symbolic links resolved), so two names for one file share one lock. A lock whose process is
// gone from this computer, or an empty one that no process holds (a desk killed while it opened
// the file), is recovered without a question; a lock from another computer, or one that cannot be
// read, may be left by a desk that crashed or a file carried away on a stick: it is refused with
// ErrorKind::StaleLock until the user takes it over.
class EventLock {
public:
    enum class Policy { Respect, TakeOver };

    static Result<std::unique_ptr<EventLock>> acquire(const QString& eventPath,
                                                      Policy policy = Policy::Respect);
    static QString lockPathFor(const QString& eventPath);
    static LockHolder holderOf(const QString& eventPath);

    ~EventLock();
    EventLock(const EventLock&) = delete;
    EventLock& operator=(const EventLock&) = delete;

    // True when this lock replaced one left behind by another desk.
    bool tookOver() const { return m_tookOver; }

private:
    explicit EventLock(const QString& lockPath);
    static Result<std::unique_ptr<EventLock>> take(const QString& eventPath, Policy policy);

    QLockFile m_file;
    bool m_tookOver = false;
};

} // namespace entre
