#pragma once

#include "csvparser.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace entre {

// The rows of one sheet of a workbook, each with its 1-based row number; empty rows left out.
struct SheetRows {
    QStringList sheetNames;
    QList<TextRecord> rows;
};

// Office Open XML (.xlsx) and OpenDocument (.ods) workbooks: strings (shared and inline),
// numbers without a spurious ".0", dates as ISO text, cells that skip columns.
namespace SpreadsheetReader {
bool isZip(const QByteArray& head);
Result<SheetRows> read(const QString& path, int sheet = 0, const ReadProgress& progress = {});
} // namespace SpreadsheetReader

} // namespace entre
