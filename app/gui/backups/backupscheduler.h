#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace entre {
class Event;
}

// Keeps backups of the open event: every few minutes when something changed since the last one,
// and once more when the event is closed. A backup that fails is reported once, until one works
// again; it never stops the desk.
class BackupScheduler : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultInterval = std::chrono::minutes(5);

    explicit BackupScheduler(QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    // Where the backups go; the application's data location unless set (tests set their own).
    void setRoot(const QString& root);

    // Starts watching an event. Read-only events are left alone: nothing in them can change.
    void attach(entre::Event* event);
    // Takes the last backup when anything changed, then stops watching. Call it before the event
    // is destroyed.
    void detach();
    // Takes a backup now when anything changed since the last one; false when one failed.
    bool backUpIfChanged();

    bool hasChanges() const { return m_changed; }

Q_SIGNALS:
    void backupTaken(const QString& path);
    // Once per run of failures.
    void backupFailed(const QString& message);

private:
    void markChanged() { m_changed = true; }

    QPointer<entre::Event> m_event;
    QTimer m_timer;
    QString m_root;
    bool m_changed = false;
    bool m_failing = false;
};
