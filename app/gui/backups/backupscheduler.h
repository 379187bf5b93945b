#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace entre {
class Event;
}

// Keeps backups of the open event: every few minutes when something changed since the last one,
// and once more when the event is closed. The timed ones are written on a worker thread through
// a second connection, so that copying a large event never stalls the desk; the one on close is
// written before the event goes. A backup that fails is reported once, until one works again; it
// never stops the desk.
class BackupScheduler : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultInterval = std::chrono::minutes(5);

    explicit BackupScheduler(QObject* parent = nullptr);
    // Waits for a backup under way, whose worker holds the event; takes no last one (detach()).
    ~BackupScheduler() override;

    void setInterval(std::chrono::milliseconds interval);
    // Where the backups go; the application's data location unless set (tests set their own).
    void setRoot(const QString& root);

    // Starts watching an event. Read-only events are left alone: nothing in them can change.
    void attach(entre::Event* event);
    // Waits for a backup under way, takes the last one when anything changed, then stops
    // watching. Call it before the event is destroyed.
    void detach();
    // Takes a backup now when anything changed since the last one; false when one failed.
    bool backUpIfChanged();

    // Returns once no backup is being written (its outcome taken in), e.g. before an erasure,
    // which must not be followed by a copy made before it.
    void waitForBackupUnderWay();

    bool hasChanges() const { return m_changed; }

Q_SIGNALS:
    void backupTaken(const QString& path);
    // Once per run of failures.
    void backupFailed(const QString& message);

private:
    // What a backup on the worker thread came to: the file written, or why none was.
    struct Outcome {
        QString path;
        QString error;
    };

    void markChanged() { m_changed = true; }
    QString root() const;
    // Starts a backup on a worker thread when anything changed and none is under way.
    void backUpInBackground();
    // Takes in the outcome of the backup on the worker thread, once.
    void collect();
    void finish(const Outcome& outcome);

    QPointer<entre::Event> m_event;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_running;
    bool m_collected = true;
    QString m_root;
    bool m_changed = false;
    bool m_failing = false;
};
