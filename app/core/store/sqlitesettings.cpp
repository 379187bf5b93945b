#include "sqlitesettings.h"

#include <mutex>
#include <sqlite3.h>

namespace entre {

void settleSqliteSettings()
{
    static std::once_flag once;
    // Refused (SQLITE_MISUSE) when something in the process opened a database first: SQLite then
    // keeps counting, which costs time only.
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace entre
