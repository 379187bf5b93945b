#pragma once

#include "util/result.h"

#include <QSqlDatabase>
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
Error sqlFailure(const QSqlQuery& query);

} // namespace entre
