#pragma once

#include "util/result.h"

#include <QString>

namespace entre {

// Where the desks' PostgreSQL server is: postgresql://USER@HOST:PORT/DB. A password may be given
// in the address for one run, but toString() never writes it: it is kept nowhere, and otherwise
// comes from PGPASSWORD or ~/.pgpass as for every PostgreSQL tool.
struct DeskAddress {
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;

    static Result<DeskAddress> parse(const QString& url);
    QString toString() const;
    // HOST:PORT/DB, for messages.
    QString place() const;
};

} // namespace entre
