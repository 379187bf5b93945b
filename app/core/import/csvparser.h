#pragma once

#include <QChar>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace entre {

// One record of a delimited text file and the 1-based line it starts on.
struct TextRecord {
    int line = 0;
    QStringList cells;
};

// RFC 4180 as real exports write it: quoted fields with doubled quotes and line breaks inside,
// CRLF, LF or CR line ends. Lenient where files are sloppy: a stray quote inside an unquoted
// field is kept as text, an unterminated quote runs to the end of the file.
namespace CsvParser {
QList<TextRecord> parse(QStringView text, QChar delimiter);
// The delimiter among ; tab , | that splits most lines into the same number (> 1) of fields.
// A null QChar when none does (a file with a single column).
QChar detectDelimiter(QStringView text);
} // namespace CsvParser

} // namespace entre
