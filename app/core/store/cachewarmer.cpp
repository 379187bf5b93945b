#include "cachewarmer.h"

#include "sqlquery.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace entre {
namespace {

// A stretch of each stage: a few dozen pages, about a millisecond or two when they come from
// the file.
constexpr int rowsPerStretch = 2000;
constexpr int sortKeysPerStretch = 4000;
constexpr int searchBlocksPerStretch = 80;

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

// The last key of the stretch after `after` (null: from the beginning) of `column` read through
// `source` in its order; null when the stretch was empty.
Result<QVariant> readStretch(const QSqlDatabase& db, const QString& column, const QString& source,
                             const QVariant& after, int count)
{
    const QString from = QStringLiteral("SELECT %1 FROM %2").arg(column, source);
    const QString where = after.isNull() ? QString() : QStringLiteral(" WHERE %1 > ?").arg(column);
    auto query = runQuery(db,
                          QStringLiteral("SELECT max(%1) FROM (").arg(column) + from + where +
                              QStringLiteral(" ORDER BY %1 LIMIT ?)").arg(column),
                          after.isNull() ? QVariantList{count} : QVariantList{after, count});
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

} // namespace

CacheWarmer::CacheWarmer(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &CacheWarmer::onTimeout);
}

void CacheWarmer::start()
{
    m_stage = Stage::Rows;
    m_after = QVariant();
    m_budget = budgetBytes();
    m_timer.start();
}

void CacheWarmer::onTimeout()
{
    auto more = step();
    // A warm-up that cannot read leaves the searches as they were: nothing to report.
    if (!more || !more.value()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

Result<bool> CacheWarmer::step()
{
    if (m_stage == Stage::Done)
        return false;
    if (cacheBytesUsed(m_db) >= m_budget) {
        m_stage = Stage::Done;
        return false;
    }
    Result<QVariant> last = QVariant();
    switch (m_stage) {
    case Stage::Rows:
        last = readStretch(m_db, QStringLiteral("id"), QStringLiteral("attendees"), m_after,
                           rowsPerStretch);
        break;
    case Stage::SortIndex:
        last = readStretch(m_db, QStringLiteral("sort_key"),
                           QStringLiteral("attendees INDEXED BY attendees_sort"), m_after,
                           sortKeysPerStretch);
        break;
    case Stage::SearchIndex:
        last = readStretch(m_db, QStringLiteral("id"), QStringLiteral("attendee_search_data"),
                           m_after, searchBlocksPerStretch);
        break;
    case Stage::Done:
        break;
    }
    if (!last) {
        m_stage = Stage::Done;
        return last.error();
    }
    m_after = last.value();
    if (m_after.isNull()) {
        m_stage = m_stage == Stage::Rows        ? Stage::SortIndex
                  : m_stage == Stage::SortIndex ? Stage::SearchIndex
                                                : Stage::Done;
    }
    return m_stage != Stage::Done;
}

qint64 CacheWarmer::cacheBytesUsed(const QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    int current = 0;
    int highest = 0;
    if (!handle ||
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0) != SQLITE_OK)
        return 0;
    return current;
}

// Half the cache the connection may use (PRAGMA cache_size: pages, or KiB when negative), so
// that the pages a search needs besides these stay in as well.
qint64 CacheWarmer::budgetBytes() const
{
    auto size = runQuery(m_db, QStringLiteral("PRAGMA cache_size"));
    auto pageSize = runQuery(m_db, QStringLiteral("PRAGMA page_size"));
    if (!size || !size->next() || !pageSize || !pageSize->next())
        return 0;
    const qint64 pages = size->value(0).toLongLong();
    const qint64 bytes = pages < 0 ? -pages * 1024 : pages * pageSize->value(0).toLongLong();
    return bytes / 2;
}

} // namespace entre
