#pragma once

namespace entre {

// Settles SQLite's settings for the whole process, once, before its first connection opens
// (SQLite takes them only then): every connection to an event or a backup calls it first.
// SQLite keeps no count of the memory it uses: with the count on, every allocation it makes
// (thousands per imported row, in the search index most of all) takes and releases a lock that
// all connections share. Nothing here reads the count or sets a soft heap limit.
// The memory SQLite frees after a statement stays with the process for the next one.
void settleSqliteSettings();

} // namespace entre
