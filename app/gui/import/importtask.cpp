#include "importtask.h"

#include "event/event.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

ImportTask::ImportTask(QObject* parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

ImportTask::~ImportTask()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportTask::start(const entre::Event& event, const entre::RegistrationTable& table)
{
    m_cancelled->store(false);
    QPointer<ImportTask> self(this);
    auto cancelled = m_cancelled;
    auto progress = [self, cancelled](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    Q_EMIT self->progressed(done, total);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run([&event, table, progress] {
        ImportOutcome outcome;
        auto sibling = event.openSibling();
        if (!sibling) {
            outcome.error = sibling.error();
            return outcome;
        }
        auto report = sibling.value()->import(table, progress);
        outcome.ok = report.ok();
        if (report)
            outcome.report = report.value();
        else
            outcome.error = report.error();
        return outcome;
    }));
}
