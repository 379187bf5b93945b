#pragma once

// Desk files for the tests of the log desks share: thrown away after the test, so they skip the
// wait for the disk after every commit.
#include "store/eventstore.h"
#include "store/sqlquery.h"

#include <QtGlobal>

#include <memory>

inline std::unique_ptr<entre::EventStore> newDesk(const QString& path)
{
    auto store =
        entre::EventStore::create(path, entre::EventInfo{QStringLiteral("Kick-off"), {}, {}});
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    entre::runQuery(store.value()->database(), QStringLiteral("PRAGMA synchronous = OFF"));
    return std::move(store).value();
}

// Åsa Hägglund with this code; returns her id.
inline qint64 addPerson(const QSqlDatabase& db, const QString& code)
{
    auto added =
        entre::runQuery(db,
                        QStringLiteral("INSERT INTO attendees(code, first_name, last_name, "
                                       "created_at, updated_at) VALUES (?, 'Åsa', "
                                       "'Hägglund', '2026-06-15T06:00:00.000Z', "
                                       "'2026-06-15T06:00:00.000Z')"),
                        {code});
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    return added->lastInsertId().toLongLong();
}
