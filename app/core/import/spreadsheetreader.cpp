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

Result<SheetRows> read(const QString& path, int sheet)
{
    ZipEntries zip(path);
    if (!zip.isOpen())
        return badInput(QCoreApplication::translate(
            "entre::SpreadsheetReader",
            "The workbook is damaged or incomplete and cannot be opened."));
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return XlsxReader::read(zip, sheet);
    if (zip.contains(QStringLiteral("content.xml")))
        return OdsReader::read(zip, sheet);
    return badInput(QCoreApplication::translate(
        "entre::SpreadsheetReader",
        "The file is a zip archive but not an .xlsx or .ods workbook."));
}

} // namespace entre::SpreadsheetReader
