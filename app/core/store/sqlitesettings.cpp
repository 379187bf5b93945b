#include "sqlitesettings.h"

#include <mutex>
#include <sqlite3.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace entre {
namespace {

// glibc's allocator gives the top of its heap back to the system as soon as 128 KiB or more of it
// is free, and serves blocks of 128 KiB or more from mappings of their own that it unmaps again on
// free. A search for one or two letters has SQLite gather a doclist of most of the event and sort
// thousands of people: a few MiB that are freed when the statement ends and asked for again at the
// next keystroke, each time faulted in page by page and unmapped with a TLB flush on both cores.
// Keeping that memory spares about a fifth of a keystroke's time. The memory a process holds at
// its peak barely changes: a million-row import peaks at about 300 MB either way.
void keepFreedMemoryForTheNextStatement()
{
#if defined(__GLIBC__)
    constexpr int mib = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 32 * mib);
    mallopt(M_TRIM_THRESHOLD, 256 * mib);
    mallopt(M_TOP_PAD, 16 * mib);
#endif
}

} // namespace

void settleSqliteSettings()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Refused (SQLITE_MISUSE) when something in the process opened a database first: SQLite
        // then keeps counting, which costs time only.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        keepFreedMemoryForTheNextStatement();
    });
}

} // namespace entre
