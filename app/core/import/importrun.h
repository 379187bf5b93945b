#pragma once

#include "importoptions.h"
#include "registrationtable.h"
#include "rowsource.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <functional>

namespace entre {

using ImportProgress = std::function<bool(int, int)>;

// The merge itself, in one transaction on `db`: the rows of `table` (its headers and mapping),
// read from `rows`, matched to the people already in the event by code or identifier, else
// e-mail address and name, else name and organisation; duplicates within the list rejected,
// people sharing an address all imported and listed. One pass over `rows`, one row at a time (two
// when the list has codes or identifiers: the first finds those several people share), on a
// thread of its own (ImportFeed). The progress callback returns false to cancel, which rolls
// everything back. An import that changed something is recorded in the event's history, in the same
// transaction, with `station`.
Result<ImportReport> mergeRegistrations(QSqlDatabase db, const RegistrationTable& table,
                                        RowSource& rows, bool dryRun,
                                        const ImportProgress& progress,
                                        const QString& station = QString());

} // namespace entre
