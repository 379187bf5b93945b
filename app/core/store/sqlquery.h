#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace entre {

// Prepares and runs one statement with bound values. A null QString binds as '' and an invalid
// QVariant as NULL.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql,
                           std::initializer_list<QVariant> values = {});
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values);
// Maps SQLite's busy, read-only, full-disk, I/O and cannot-open errors to a message that says
// what to do; anything else keeps SQLite's own text.
Error sqlFailure(const QSqlError& error);
Error sqlFailure(const QSqlQuery& query);

} // namespace entre
