#pragma once

#include "importoptions.h"
#include "registrationtable.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <functional>

namespace entre {

// The merge itself, in one transaction on `db`: rows matched to the people already in the
// event by code or identifier, else e-mail address and name, else name and organisation;
// duplicates within the list rejected, people sharing an address all imported and listed.
// The progress callback returns false to cancel, which rolls everything back. An import that
// changed something is recorded in the event's history, in the same transaction, with `station`.
Result<ImportReport> mergeRegistrations(QSqlDatabase db, const RegistrationTable& table,
                                        bool dryRun, const std::function<bool(int, int)>& progress,
                                        const QString& station = QString());

} // namespace entre
