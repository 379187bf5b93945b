#include "spreadsheetreader.h"

#include "odsreader.h"
#include "xlsxreader.h"
#include "zipentries.h"

#include <QCoreApplication>

namespace entre::SpreadsheetReader {

bool isZip(const QByteArray& head)
{
    return head.startsWith("PK\x03\x04");
}

Result<SheetRows> read(const QString& path, int sheet, const ReadProgress& progress)
{
    ZipEntries zip(path);
    if (!zip.isOpen())
        return badInput(QCoreApplication::translate(
            "entre::SpreadsheetReader",
            "The workbook is damaged or incomplete and cannot be opened."));
    // Finding an entry walks the directory: bound it before any lookup.
    if (zip.entryCount() > ImportLimits::zipEntries)
        return ImportLimits::overLimit(ImportLimits::Limit::ZipEntries);
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return XlsxReader::read(zip, sheet, progress);
    if (zip.contains(QStringLiteral("content.xml")))
        return OdsReader::read(zip, sheet, progress);
    return badInput(QCoreApplication::translate(
        "entre::SpreadsheetReader",
        "The file is a zip archive but not an .xlsx or .ods workbook."));
}

} // namespace entre::SpreadsheetReader
