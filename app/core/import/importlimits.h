#pragma once

#include "util/result.h"

#include <QtGlobal>

// Every limit the readers of registration lists enforce, checked before memory is spent, so no
// file can exhaust memory or time. Each is generous for a real list of 1,000,000 people; a file
// over one is refused with a message that names it.
namespace entre::ImportLimits {

// A text (CSV) file is read whole: 256 MiB is 1,000,000 rows of over 250 bytes each.
constexpr qint64 textFileBytes = 256 * 1024 * 1024;
// Rows read from any file (header and title rows included): Excel's own maximum.
constexpr int rows = 1048576;
// Columns in a row, and the highest cell column: Excel's own maximum (column XFD).
constexpr int columns = 16384;
// Cells held in all (1,000,000 people with 25 columns each); at this limit a text file of
// one-letter cells takes some 2 GB.
constexpr qint64 cells = 25000000;
// Characters in one field (cell).
constexpr qsizetype fieldChars = 1000000;

// Zip archives (.xlsx, .ods). Declared sizes are never trusted: entries are read in chunks.
constexpr qint64 zipEntries = 10000;
constexpr qint64 zipEntryBytes = 1024LL * 1024 * 1024;     // uncompressed, one entry
constexpr qint64 zipTotalBytes = 2 * 1024LL * 1024 * 1024; // uncompressed, all entries read
// Bytes of XML between two '<': bounds the text or tag the XML reader holds at once.
constexpr qint64 xmlRunBytes = 16 * 1024 * 1024;
// Attributes of one XML element (namespace declarations included; LibreOffice writes some 40).
// Qt's XML reader checks them for duplicates in quadratic time.
constexpr int xmlAttributes = 128;

// The shared strings of an .xlsx workbook.
constexpr qint64 sharedStrings = 10000000;
constexpr qint64 sharedStringChars = 200000000;
// Sheets of a workbook, and the cell styles of an .xlsx one (Excel allows 64,000).
constexpr qint64 sheets = 10000;
constexpr qint64 cellStyles = 65536;

// OpenDocument's repeats count as what they stand for: repeated rows against `rows` and `cells`,
// repeated columns against `columns`, repeated spaces (text:s text:c) against `fieldChars`.

enum class Limit {
    TextFileBytes,
    Rows,
    Columns,
    Cells,
    FieldChars,
    ZipEntries,
    ZipEntryBytes,
    ZipTotalBytes,
    XmlRunBytes,
    XmlAttributes,
    SharedStrings,
    SharedStringChars,
    Sheets,
    CellStyles,
};

// Bad input whose message names the limit and its number.
Error overLimit(Limit limit);

} // namespace entre::ImportLimits
