#pragma once

#include "readprogress.h"
#include "util/result.h"

#include <QChar>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>

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

// The same parser fed a piece of text at a time, so that a file of any length is read in
// bounded memory: a record is handed on as soon as it is complete. The result is the same as
// parse() of the whole text, however the text is cut.
class Stream {
public:
    // Takes each record; returns false to stop reading.
    using Sink = std::function<bool(TextRecord&&)>;

    Stream(QChar delimiter, Sink sink, const ReadProgress& progress = {});
    ~Stream();
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;

    // The next piece of text, with the offsets into it where NUL bytes were removed (ascending);
    // `last` for the final one. An error when a limit is crossed or the reading was cancelled.
    Result<void> feed(QStringView text, const QList<qsizetype>& nulRemovedAt, bool last);
    // Whether the sink asked to stop.
    bool stopped() const;

    // The parser itself, which parse() also runs.
    struct State;

private:
    std::unique_ptr<State> m_state;
};
} // namespace CsvParser

} // namespace entre
