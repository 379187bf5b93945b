#pragma once

#include "spreadsheetreader.h"
#include "zipentries.h"

namespace entre::XlsxReader {

Result<SheetRows> read(const ZipEntries& zip, int sheet, const ReadProgress& progress = {});
// "B12" -> 1 (0-based column); -1 when the reference has no letters.
int columnFromReference(QStringView reference);
// Excel's serial day number (1900 date system) as ISO text: a date, or date and time.
QString serialToIso(double serial);

} // namespace entre::XlsxReader
