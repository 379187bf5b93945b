#include "backupscheduler.h"

#include "event/event.h"
#include "event/eventbackups.h"

BackupScheduler::BackupScheduler(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] { backUpIfChanged(); });
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
    if (!m_event)
        return;
    backUpIfChanged();
    disconnect(m_event, nullptr, this, nullptr);
    m_event = nullptr;
    m_changed = false;
}

bool BackupScheduler::backUpIfChanged()
{
    if (!m_event || !m_changed)
        return true;
    entre::EventBackups backups(m_event->path(),
                                m_root.isEmpty() ? entre::EventBackups::defaultRoot() : m_root);
    auto taken = backups.take(*m_event);
    if (!taken) {
        if (!m_failing)
            Q_EMIT backupFailed(tr("The automatic backup failed: %1").arg(taken.error().message));
        m_failing = true;
        return false;
    }
    m_failing = false;
    m_changed = false;
    Q_EMIT backupTaken(taken->path);
    return true;
}
