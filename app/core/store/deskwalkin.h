#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace entre {

// A walk-in as desks exchange it: the person's code, and their details as JSON
// ({"first_name", "last_name", "email", "phone", "organisation", "title", "diet", "notes"}).
Result<std::pair<QString, QString>> walkInOf(const QSqlDatabase& db, qint64 attendeeId);

// Adds the person of another desk's walk-in, inside the caller's transaction, unless this file
// has the code already; the history records the walk-in at the desk that made it. Details that
// cannot be read are refused.
Result<void> addWalkIn(const QSqlDatabase& db, const QString& code, const QString& details,
                       const QString& station);

// Walk-ins added at another desk than this person's walk-in, with the same name and organisation
// (case and spacing aside): likely the same person, added twice while the desks were apart. They
// are shown, and merged only when the desk says so (deskmerges.h). Empty for people who came with
// the list and for people merged already.
Result<QList<qint64>> doubleWalkIns(const QSqlDatabase& db, qint64 attendeeId);

} // namespace entre
