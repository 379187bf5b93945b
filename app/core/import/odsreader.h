#pragma once

#include "spreadsheetreader.h"
#include "zipentries.h"

namespace entre::OdsReader {

Result<SheetRows> read(const ZipEntries& zip, int sheet, const ReadProgress& progress = {});

} // namespace entre::OdsReader
