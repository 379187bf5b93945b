#include "backupscheduler.h"

#include "event/event.h"
#include "event/eventbackups.h"

#include <QtConcurrent>

BackupScheduler::BackupScheduler(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backUpInBackground);
    connect(&m_running, &QFutureWatcher<Outcome>::finished, this, &BackupScheduler::collect);
}

BackupScheduler::~BackupScheduler()
{
    m_timer.stop();
    m_running.waitForFinished();
}

void BackupScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void BackupScheduler::setRoot(const QString& root)
{
    m_root = root;
}

void BackupScheduler::attach(entre::Event* event)
{
    detach();
    if (!event || event->isReadOnly())
        return;
    m_event = event;
    m_changed = false;
    m_failing = false;
    using entre::Event;
    connect(event, &Event::attendeeChanged, this, &BackupScheduler::markChanged);
    connect(event, &Event::attendeesChanged, this, &BackupScheduler::markChanged);
    connect(event, &Event::countsChanged, this, &BackupScheduler::markChanged);
    connect(event, &Event::organisationsChanged, this, &BackupScheduler::markChanged);
    connect(event, &Event::badgeTemplatesChanged, this, &BackupScheduler::markChanged);
    connect(event, &Event::infoChanged, this, &BackupScheduler::markChanged);
    m_timer.start();
}

void BackupScheduler::detach()
{
    m_timer.stop();
    // The worker's connection must be gone before the event is; its outcome still counts.
    waitForBackupUnderWay();
    if (!m_event)
        return;
    backUpIfChanged();
    disconnect(m_event, nullptr, this, nullptr);
    m_event = nullptr;
    m_changed = false;
}

QString BackupScheduler::root() const
{
    return m_root.isEmpty() ? entre::EventBackups::defaultRoot() : m_root;
}

bool BackupScheduler::backUpIfChanged()
{
    if (!m_event || !m_changed)
        return true;
    m_changed = false;
    auto taken = entre::EventBackups(m_event->path(), root()).take(*m_event);
    finish(taken ? Outcome{taken->path, {}} : Outcome{{}, taken.error().message});
    return taken.ok();
}

void BackupScheduler::backUpInBackground()
{
    if (!m_event || !m_changed || !m_collected)
        return;
    // Changes made while the copy is written mark the event again, for the next backup.
    m_changed = false;
    m_collected = false;
    const entre::Event* event = m_event.data();
    const QString root = this->root();
    m_running.setFuture(QtConcurrent::run([event, root]() -> Outcome {
        // A connection of the worker's own, made and closed on its thread; detach() waits for
        // it, so the event outlives it.
        auto sibling = event->openSibling();
        if (!sibling)
            return {{}, sibling.error().message};
        auto taken = entre::EventBackups(sibling.value()->path(), root).take(*sibling.value());
        if (!taken)
            return {{}, taken.error().message};
        return {taken->path, {}};
    }));
}

void BackupScheduler::waitForBackupUnderWay()
{
    m_running.waitForFinished();
    collect();
}

void BackupScheduler::collect()
{
    if (m_collected)
        return;
    m_collected = true;
    finish(m_running.result());
}

void BackupScheduler::finish(const Outcome& outcome)
{
    if (!outcome.error.isEmpty()) {
        m_changed = true; // still to be backed up
        if (!m_failing)
            Q_EMIT backupFailed(tr("The automatic backup failed: %1").arg(outcome.error));
        m_failing = true;
        return;
    }
    m_failing = false;
    Q_EMIT backupTaken(outcome.path);
}
