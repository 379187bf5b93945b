#pragma once

#include "util/result.h"

#include <QString>

namespace entre {

struct BackupInfo;

// The file work behind EventBackups: private folders, reading a backup without touching it, and
// putting one in the place of an event file.
namespace backupfile {

// Makes the folder (and its parents) and leaves it readable by its owner only.
Result<void> ensurePrivateFolder(const QString& path);
// Reads the counts of a backup into `info` (or says in info.unreadable why it cannot). The file is
// opened read-only and immutable: no lock, journal or -wal file is made beside it.
void readCounts(BackupInfo& info);
// A full integrity check of the backup, read the same way.
Result<void> checkIntegrity(const QString& path);
// Copies `source` beside `target`, syncs it, removes the target's -wal and -shm (they belong to
// the old file and must never be applied to the new one) and renames the copy over the target.
Result<void> replaceWithCopy(const QString& source, const QString& target);

} // namespace backupfile
} // namespace entre
