#pragma once

#include "import/importoptions.h"
#include "import/registrationtable.h"
#include "util/result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace entre {
class Event;
}

// What a background import came back with.
struct ImportOutcome {
    bool ok = false;
    entre::ImportReport report;
    entre::Error error;
};

// Runs one import off the GUI thread on its own connection to the event file (SQLite
// connections belong to one thread), reporting progress and honouring a cancel.
class ImportTask : public QObject {
    Q_OBJECT

public:
    explicit ImportTask(QObject* parent = nullptr);
    ~ImportTask() override;

    void start(const entre::Event& event, const entre::RegistrationTable& table);
    void cancel() { m_cancelled->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until the import has ended (used when the window closes under it).
    void wait() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const ImportOutcome& outcome);

private:
    QFutureWatcher<ImportOutcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};
