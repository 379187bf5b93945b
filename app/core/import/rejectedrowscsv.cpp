#include "rejectedrowscsv.h"

#include "reports/csvwriter.h"

#include <QCoreApplication>

namespace entre {

QByteArray rejectedRowsCsv(const QList<RejectedRow>& rows)
{
    QList<QStringList> lines{{QCoreApplication::translate("entre::RejectedRowsCsv", "Row"),
                              QCoreApplication::translate("entre::RejectedRowsCsv", "Reason")}};
    for (const RejectedRow& row : rows)
        lines.append({QString::number(row.row), row.reason});
    return csvwriter::document(lines);
}

} // namespace entre
