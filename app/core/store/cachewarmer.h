#pragma once

#include "util/result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QVariant>

namespace entre {

// Reads what a search reads into the connection's page cache while the desk is idle, a short
// stretch at a time between events: the people's rows (a group of a few thousand found by name
// is ranked from them), the Swedish-order index and the search index, until all are in or half
// the cache is used. Without it, the first search after the event is opened (or another
// connection has written to it, which empties the cache) that ranks a few thousand people reads
// every page of the people from the file, one call each.
class CacheWarmer : public QObject {
    Q_OBJECT

public:
    explicit CacheWarmer(QSqlDatabase db, QObject* parent = nullptr);

    // From the beginning, a stretch per turn of the event loop; starting again while it runs
    // starts over.
    void start();
    bool isRunning() const { return m_timer.isActive(); }
    // Reads the next stretch: false when everything is in or the budget is used up.
    Result<bool> step();

    // The bytes the connection's page cache holds now.
    static qint64 cacheBytesUsed(const QSqlDatabase& db);

Q_SIGNALS:
    void finished();

private:
    enum class Stage { Rows, SortIndex, SearchIndex, Done };

    void onTimeout();
    qint64 budgetBytes() const;

    QSqlDatabase m_db;
    QTimer m_timer;
    Stage m_stage = Stage::Done;
    QVariant m_after; // where the next stretch of the stage starts; null: at its beginning
    qint64 m_budget = 0;
};

} // namespace entre
