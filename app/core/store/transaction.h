#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace entre {

// One user action, one transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless committed.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Error& beginError() const { return m_beginError; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_beginError;
};

} // namespace entre
