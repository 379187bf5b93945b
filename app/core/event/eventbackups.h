#pragma once

#include "event.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace entre {

// One backup of an event, as its file and its own contents tell.
struct BackupInfo {
    QString path;
    QDateTime takenAt; // UTC
    int registered = 0;
    int arrived = 0;
    bool beforeRestore = false; // the event as it was just before a restore replaced it
    QString unreadable;         // why the counts could not be read; empty when they were
};

// The automatic backups of one event file: consistent copies kept in a folder of their own under
// the application's data, the newest `kept` of them, each readable by its owner only. They live
// away from the event file so that a deleted or damaged event can still be brought back.
class EventBackups {
public:
    // Where backups live: <AppDataLocation>/backups (QStandardPaths; XDG_DATA_HOME on Linux).
    static QString defaultRoot();
    explicit EventBackups(const QString& eventPath, const QString& root = defaultRoot());

    // This event's own folder under root: its name and a hash of where it is, so that two
    // events with the same name in different folders never share one.
    QString directory() const;
    // A consistent copy of the event as it is now, then the oldest beyond `kept` are removed.
    Result<BackupInfo> take(const Event& event);
    // Newest first, with the counts read from each backup (read-only; the backups are left
    // exactly as they are).
    Result<QList<BackupInfo>> list() const;
    Result<void> prune(int keep = kept);
    // Replaces the event file with a backup: a path, or a backup's file name in directory() with
    // or without ".entre". The current file is first kept as a backup marked beforeRestore. It is
    // refused while a desk has the event open.
    // The restore is recorded in the restored event's history, with the station given (the
    // computer's name when empty).
    Result<void> restore(const QString& backup, const QString& station = QString());
    // The backup that `backup` names (see restore), or why there is none.
    Result<QString> resolve(const QString& backup) const;

    static constexpr int kept = 20;

private:
    Result<BackupInfo> store(const std::function<Result<void>(const QString&)>& save,
                             bool beforeRestore);
    Result<void> keepCurrentAndRelease(std::unique_ptr<EventLock>& lock);
    Result<void> recordRestore(const QString& source, std::unique_ptr<EventLock> lock,
                               const QString& station) const;

    QString m_eventPath;
    QString m_root;
    QString m_directory;
};

} // namespace entre
