#pragma once

#include "desklog.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace entre {

// Two people found to be one, as desks exchange it: the entry names one person by code, its
// details the other, as JSON {"same_as"}. People merged together, directly or through others,
// make a group; one of them stays in the lists, the survivor: whoever came with the list (the
// lowest code among several), else the earliest walk-in (by time, desk id and number). That
// depends only on the entries held, so every desk picks the same survivor whatever the order the
// merges arrived in. The others keep their rows and logs, with merged_into naming the survivor;
// their ticks count for the survivor's arrival and their badge prints for the survivor's badge.
QString mergeDetails(const QString& sameAsCode);

// Writes the merge (this desk's or another's) inside the caller's transaction and settles the
// group. A merge naming someone this file does not know yet is kept and takes effect when they
// come. Details that cannot be read are refused.
Result<void> logMerge(const QSqlDatabase& db, const DeskEntry& entry);

// Settles the group of the person with this code again: after a merge, or when a person of the
// group has just come (another desk's walk-in).
Result<void> settleMerges(const QSqlDatabase& db, const QString& code);

// The person who stands for this one in lists: the survivor of their group, or themselves.
Result<qint64> survivorOf(const QSqlDatabase& db, qint64 attendeeId);

// SQL for the ids of the survivor's group (the survivor and those merged into them), for
// "attendee_id IN (...)"; survivor is a placeholder or a column.
QString mergedGroupOf(const QString& survivor);

} // namespace entre
