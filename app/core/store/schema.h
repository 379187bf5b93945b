#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace entre::schema {

// Brings the database from its PRAGMA user_version up to `targetVersion`, one step per version,
// all inside the caller's transaction.
Result<void> migrate(const QSqlDatabase& db, int targetVersion);
int userVersion(const QSqlDatabase& db);

} // namespace entre::schema
