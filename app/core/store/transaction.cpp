#include "transaction.h"

#include "sqlquery.h"

namespace entre {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now, so a busy file is reported before any work is done.
    auto begin = runQuery(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begin.ok();
    if (!begin)
        m_beginError = begin.error();
}

Transaction::~Transaction()
{
    if (m_active)
        runQuery(m_db, QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    auto result = runQuery(m_db, QStringLiteral("COMMIT"));
    if (!result)
        return result.error();
    m_active = false;
    return {};
}

} // namespace entre
