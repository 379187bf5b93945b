#pragma once

#include "import/importoptions.h"
#include "import/registrationtable.h"
#include "util/result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

// What reading a registration list came back with.
struct LoadedTable {
    std::optional<entre::RegistrationTable> table;
    entre::Error error;
};

// Reads a registration list off the GUI thread, so that a list of a million rows keeps the
// window answering: it reports how many rows it has read and stops when cancelled.
class TableLoader : public QObject {
    Q_OBJECT

public:
    explicit TableLoader(QObject* parent = nullptr);
    ~TableLoader() override;

    void start(const QString& path, const entre::ImportOptions& options);
    // Stops the reading; finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progressed(qint64 rowsRead);
    void finished(const LoadedTable& loaded);

private:
    QFutureWatcher<LoadedTable> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};
