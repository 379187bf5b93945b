#pragma once

#include "readprogress.h"
#include "util/result.h"

#include <QChar>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace entre {

// What reading did to a cell's text: bytes that were not valid in the file's encoding (shown as
// U+FFFD), or NUL bytes removed.
enum class CellDamage { InvalidCharacters, NulRemoved };

struct DamagedCell {
    int column = 0; // 0-based
    CellDamage damage = CellDamage::InvalidCharacters;
};

// One record of a delimited text file and the 1-based line it starts on.
struct TextRecord {
    int line = 0;
    QStringList cells;
    QList<DamagedCell> damaged;
};

// RFC 4180 as real exports write it: quoted fields with doubled quotes and line breaks inside,
// CRLF, LF or CR line ends. Lenient where files are sloppy: a stray quote inside an unquoted
// field is kept as text, an unterminated quote runs to the end of the file. Linear in the text;
// refuses a file over the limits of importlimits.h. A cell with U+FFFD, or with one of
// `nulRemovedAt` (ascending offsets into `text`), is listed in its record's `damaged`.
namespace CsvParser {
Result<QList<TextRecord>> parse(QStringView text, QChar delimiter,
                                const QList<qsizetype>& nulRemovedAt = {},
                                const ReadProgress& progress = {});
// The delimiter among ; tab , | that splits most lines into the same number (> 1) of fields.
// A null QChar when none does (a file with a single column).
QChar detectDelimiter(QStringView text);
} // namespace CsvParser

} // namespace entre
