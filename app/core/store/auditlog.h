#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace entre {

// Everything that happened to an event, as one history: the check-in log, the edit log, the
// badge log and the event log (walk-ins, imports, erasures, lock take-overs, restores).
enum class AuditKind {
    CheckIn,
    Undo,
    WalkIn,
    Edit,
    Import,
    BadgePrint,
    Erase,
    LockTakeOver,
    Restore,
    Merge
};

// Every kind, in the order a filter lists them.
QList<AuditKind> allAuditKinds();
// "Check-in", "Undo", "Walk-in", translated.
QString auditKindName(AuditKind kind);

struct AuditFilter {
    QSet<AuditKind> kinds; // empty: every kind
    QString station;       // empty: every station
    QString text;          // words that prefix-match the person's first or last name or code
    QDateTime from, to;    // either may be invalid: unbounded; `to` is inclusive
    int limit = 0;         // 0: no limit
    bool newestFirst = true;
};

struct AuditEntry {
    QDateTime at; // UTC
    QString station;
    AuditKind kind = AuditKind::CheckIn;
    qint64 attendeeId = 0; // 0: the entry concerns no single person
    QString person;        // "Last, First", or empty
    QString organisation;
    QString detail; // what changed, human-readable and translated
};

// Reads the merged history. Entries at the same time keep the order they were written in.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db);

    Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}) const;
    // Every station that wrote to the event, sorted, for a filter.
    Result<QStringList> stations() const;

private:
    QSqlDatabase m_db;
};

} // namespace entre
