#include "rejectedrowscsv.h"

#include <QCoreApplication>

namespace entre {
namespace {

QString quoted(const QString& text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QByteArray rejectedRowsCsv(const QList<RejectedRow>& rows)
{
    QString text = quoted(QCoreApplication::translate("entre::RejectedRowsCsv", "Row")) + u';' +
                   quoted(QCoreApplication::translate("entre::RejectedRowsCsv", "Reason")) +
                   QLatin1String("\r\n");
    for (const RejectedRow& row : rows)
        text += QString::number(row.row) + u';' + quoted(row.reason) + QLatin1String("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace entre
