#pragma once

#include "importoptions.h"

#include <QByteArray>

namespace entre {

// The rows an import left out, as a CSV file people open in Excel: UTF-8 with a byte order
// mark, semicolons, a header row, quoted where needed, formulas neutralised (see csvwriter.h).
QByteArray rejectedRowsCsv(const QList<RejectedRow>& rows);

} // namespace entre
