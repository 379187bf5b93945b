#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace entre {

// A statement prepared on the SQLite connection underneath a QSqlDatabase, for the writes an
// import makes by the hundred thousand: through QSqlQuery, binding the values of a row costs
// more than SQLite's work with it. It runs in whatever transaction the connection is in, and
// must not outlive the connection. Values bind as runQuery() binds them: a null text as '', an
// invalid QVariant as NULL. Text is handed over as UTF-8, the event's encoding, written into a
// buffer the statement keeps: SQLite would otherwise allocate and convert every value itself.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    Result<void> prepare(const QSqlDatabase& db, const QString& sql);
    // Binds `values` to the statement's parameters in order, runs it to the end and resets it.
    Result<void> exec(const QVariantList& values);
    // The rowid of the last row the connection inserted, and the rows the last exec changed.
    qint64 lastInsertId() const;
    int changes() const;

private:
    Result<void> bindAll(const QVariantList& values);
    Result<void> bind(int parameter, const QVariant& value);
    Result<void> bindText(int parameter, const QString& text);
    Error failure() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_parameters = 0;
    std::vector<char> m_utf8; // the text of the values bound last, as UTF-8
    size_t m_utf8Used = 0;
};

} // namespace entre
