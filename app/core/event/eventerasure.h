#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace entre {

// What erasing an event's personal data did.
struct ErasureReport {
    int people = 0;  // people whose personal data was removed from the event file
    int backups = 0; // backups of the event erased the same way
};

namespace eventerasure {

// Erases the personal data of every backup of the event at eventPath (see EventBackups) under
// backupRoot, or under the default root when it is empty. Every backup is tried; a backup that
// cannot be erased is named in the error, which also says how many were.
Result<int> eraseBackups(const QString& eventPath, const QString& backupRoot,
                         const QString& station);

} // namespace eventerasure
} // namespace entre
