#pragma once

#include "desklog.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace entre {

// Edits and badge prints as desks exchange them. An edit's details are JSON {"field", "new",
// "old"}, a print's {"target"}; desk_entries in the event file writes the same text.
QString editDetails(const QString& field, const QString& oldValue, const QString& newValue);
QString badgePrintDetails(const QString& target);

// Each writes the entry (this desk's or another's) into its log, inside the caller's transaction,
// and brings the person up to date: an edited field holds the value of its latest edit (by time,
// then desk id, then number), and the badge counts as printed at the latest print. The history
// keeps every entry. Details that cannot be read are refused.
Result<void> logEdit(const QSqlDatabase& db, qint64 attendeeId, const DeskEntry& entry);
Result<void> logBadgePrint(const QSqlDatabase& db, qint64 attendeeId, const DeskEntry& entry);

// Sets when this person's badge was last printed, and their survivor's (deskmerges.h) from the
// prints of everyone merged into them.
Result<void> refreshBadgePrinted(const QSqlDatabase& db, qint64 attendeeId);

} // namespace entre
