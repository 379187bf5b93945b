#pragma once

#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace entre::durability {

struct PersonState {
    QString title;
    int ticks = 0; // check_in rows in the log
    bool checkedIn = false;
};

// Everything the durability test checks in an event file after a kill, read in one go.
struct EventAudit {
    QStringList integrity; // PRAGMA integrity_check: {"ok"} when sound
    int foreignKeyProblems = 0;
    QString searchIndexProblem; // FTS5 integrity-check; empty when sound
    int undoRows = 0;
    QString eventName;
    QHash<QString, PersonState> people; // by code

    QSet<QString> checkedIn() const;
    // Empty when the file is sound: integrity, foreign keys, search index, and every current
    // check-in backed by exactly one tick in the log (no undo is ever written by the test).
    QString soundnessProblem() const;
};

Result<EventAudit> auditEvent(const QSqlDatabase& db);

} // namespace entre::durability
