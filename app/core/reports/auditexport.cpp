#include "auditexport.h"

#include "csvwriter.h"
#include "event/event.h"
#include "xlsxwriter.h"

#include <QCoreApplication>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct AuditExportText {
    Q_DECLARE_TR_FUNCTIONS(entre::AuditExport)
};

} // namespace

QStringList auditLogHeader()
{
    return {AuditExportText::tr("Time"),         AuditExportText::tr("Station"),
            AuditExportText::tr("What"),         AuditExportText::tr("Person"),
            AuditExportText::tr("Organisation"), AuditExportText::tr("Detail")};
}

QList<QStringList> auditLogRows(const QList<AuditEntry>& entries, const QTimeZone& zone)
{
    QList<QStringList> rows;
    rows.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        rows.append({entry.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     entry.station, auditKindName(entry.kind), entry.person, entry.organisation,
                     entry.detail});
    }
    return rows;
}

QByteArray auditLogCsv(const QList<AuditEntry>& entries, QChar delimiter, const QTimeZone& zone)
{
    QList<QStringList> rows{auditLogHeader()};
    rows.append(auditLogRows(entries, zone));
    return csvwriter::document(rows, delimiter);
}

Result<void> exportAuditLogCsv(const Event& event, const AuditFilter& filter, const QString& path,
                               QChar delimiter)
{
    auto entries = event.history(filter);
    if (!entries)
        return entries.error();
    return csvwriter::writePrivateFile(path, auditLogCsv(entries.value(), delimiter));
}

Result<void> exportAuditLogXlsx(const Event& event, const AuditFilter& filter, const QString& path)
{
    auto entries = event.history(filter);
    if (!entries)
        return entries.error();
    return writeXlsxFile(path, AuditExportText::tr("History"), auditLogHeader(),
                         auditLogRows(entries.value(), QTimeZone::systemTimeZone()));
}

} // namespace entre
