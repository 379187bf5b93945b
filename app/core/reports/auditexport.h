#pragma once

#include "store/auditlog.h"
#include "util/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace entre {

class Event;

// The header and rows of the history as a table: time (in the given zone), station, what,
// person, organisation, detail.
QStringList auditLogHeader();
QList<QStringList> auditLogRows(const QList<AuditEntry>& entries, const QTimeZone& zone);

// The history as CSV (see csvwriter.h), with a header row: time (in the given zone), station,
// what, person, organisation, detail.
QByteArray auditLogCsv(const QList<AuditEntry>& entries, QChar delimiter = u';',
                       const QTimeZone& zone = QTimeZone::systemTimeZone());

// Writes the event's history, as the filter selects it, to path as CSV, readable by the user
// only. Reads the event and changes nothing, so it works on an event opened read-only.
Result<void> exportAuditLogCsv(const Event& event, const AuditFilter& filter, const QString& path,
                               QChar delimiter = u';');

// The same as an .xlsx workbook, readable by the user only.
Result<void> exportAuditLogXlsx(const Event& event, const AuditFilter& filter, const QString& path);

} // namespace entre
