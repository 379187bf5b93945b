#pragma once

#include "util/result.h"
#include "zipentries.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>

// The parts of an .xlsx workbook around its sheets: the sheet list, shared strings, date styles.
namespace entre::XlsxParts {

struct SheetEntry {
    QString name;
    QString path;
};

Error malformed(const QString& entry, const QXmlStreamReader& xml);
// Streams one entry through `parse`. Its own error comes first, then a limit crossed or damage
// in the archive, then an XML error.
Result<void> parseEntry(const ZipEntries& zip, const QString& entry,
                        const std::function<Result<void>(QXmlStreamReader&)>& parse);
// The text of an <si> or <is> element: its <t> runs, leaving out phonetic hints (<rPh>).
// Refused when longer than a cell may be.
Result<QString> readRichText(QXmlStreamReader& xml);
Result<QStringList> readSharedStrings(const ZipEntries& zip);
// The style indexes (s="...") whose number format shows a date or a time.
Result<QSet<int>> readDateStyles(const ZipEntries& zip);
Result<QList<SheetEntry>> readSheetList(const ZipEntries& zip);

} // namespace entre::XlsxParts
