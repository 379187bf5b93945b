#include "tableloader.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

TableLoader::TableLoader(QObject* parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<LoadedTable>::finished, this, [this] {
        if (!m_cancelled->load())
            Q_EMIT finished(m_watcher.result());
    });
}

TableLoader::~TableLoader()
{
    cancel();
    m_watcher.waitForFinished();
}

void TableLoader::cancel()
{
    m_cancelled->store(true);
}

void TableLoader::start(const QString& path, const entre::ImportOptions& options)
{
    // A reading still under way is for a file or options no longer wanted.
    cancel();
    m_watcher.waitForFinished();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QPointer<TableLoader> self(this);
    auto cancelled = m_cancelled;
    entre::ImportOptions withProgress = options;
    withProgress.progress = [self, cancelled](qint64 rows) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, cancelled, rows] {
                if (self && !cancelled->load())
                    Q_EMIT self->progressed(rows);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run([path, withProgress] {
        LoadedTable loaded;
        auto table = entre::RegistrationTable::read(path, withProgress);
        if (table)
            loaded.table = std::move(table.value());
        else
            loaded.error = table.error();
        return loaded;
    }));
}
