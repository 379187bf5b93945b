#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace entre {

struct BadgeLogEntry {
    qint64 id = 0;
    qint64 attendeeId = 0;
    QDateTime at; // UTC
    QString station;
    QString target; // printer queue or PDF file
};

// Which badges were printed, when and where. Recording a run is one transaction: the log rows
// and each person's badge_printed_at together.
class BadgePrintLog {
public:
    explicit BadgePrintLog(QSqlDatabase db);

    Result<void> record(const QList<qint64>& attendeeIds, const QString& station,
                        const QString& target);
    Result<QList<BadgeLogEntry>> log(qint64 attendeeId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace entre
