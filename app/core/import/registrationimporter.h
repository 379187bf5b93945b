#pragma once

#include "importoptions.h"
#include "registrationtable.h"
#include "util/result.h"

#include <QString>

#include <functional>

namespace entre {

class EventStore;

// Imports a registration list into an event, merging with the people already there: matched
// by code or another identifier, else e-mail address and name, else name and organisation;
// check-ins are never touched, nobody is deleted and no identifier is dropped. The whole import is
// one transaction, so a failure or a cancel leaves the event as it was. A text file is read from
// disk a piece at a time, never held whole. No widgets: the CLI, the demo event and the import
// wizard all run this.
class RegistrationImporter {
public:
    using Progress = std::function<bool(int, int)>;

    // station names the desk in the event's history (the computer's name when empty).
    explicit RegistrationImporter(EventStore& store, QString station = QString());

    // progress(done, total) returns false to cancel: the transaction is rolled back and an
    // Error{Refused, "Import cancelled"} returned, the event unchanged.
    Result<ImportReport> run(const QString& path, const ImportOptions& options = {},
                             const Progress& progress = {});
    // The same for a table already read (the wizard's preview), with its mapping as it stands.
    Result<ImportReport> run(const RegistrationTable& table, bool dryRun = false,
                             const Progress& progress = {});

private:
    Result<ImportReport> run(const RegistrationTable& table, RowSource& rows, bool dryRun,
                             const Progress& progress);

    EventStore& m_store;
    QString m_station;
};

} // namespace entre
