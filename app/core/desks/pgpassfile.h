#pragma once

#include "desks/deskaddress.h"
#include "util/result.h"

#include <QString>

namespace entre {

// The password file every PostgreSQL program reads (~/.pgpass, or the file PGPASSFILE names):
// one line per server, host:port:database:user:password, readable by its owner only. A desk
// that is told to remember a password writes it there, never into the event file, so the
// command line and other PostgreSQL tools find it too.
class PgPassFile {
public:
    static QString path();
    // Adds or replaces the line for this server, database and user. Keeps every other line.
    static Result<void> remember(const DeskAddress& address);
    // The password the file holds for exactly this server, database and user, or an empty one.
    static QString lookUp(const DeskAddress& address);
};

} // namespace entre
