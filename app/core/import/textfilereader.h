#pragma once

#include "csvparser.h"
#include "util/result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace entre {

// A text export read a piece at a time, so that a list of any length takes the same memory: the
// encoding decided as TextDecoder::decode() decides it (a byte order mark, UTF-16 without one,
// else UTF-8 unless the whole file reads as Windows-1252), the bytes decoded as they come, and
// each record handed on as soon as it is complete. Decoding and parsing give what they give for
// the whole file at once, wherever a piece ends.
class TextFileReader {
public:
    // Opens the file and decides its encoding (reading it through once when only the whole file
    // can tell UTF-8 from Windows-1252) and its delimiter (from its beginning) unless given.
    static Result<std::unique_ptr<TextFileReader>> open(const QString& path,
                                                        const QString& encoding, QChar delimiter);

    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    // Reads the file from its beginning, handing every record to `sink` until it returns false.
    // Refuses binary data and files over the limits, as TextDecoder and CsvParser do.
    Result<void> readRecords(const CsvParser::Stream::Sink& sink,
                             const ReadProgress& progress = {});
    // The same a piece at a time: start() goes back to the beginning, and each readPiece()
    // hands the records of the next piece of the file to `sink`; false once the file is read.
    Result<void> start(const CsvParser::Stream::Sink& sink, const ReadProgress& progress = {});
    Result<bool> readPiece();
    // What the last readRecords() found: bytes not valid in the encoding, and NUL bytes removed.
    qsizetype invalidCharacters() const { return m_invalid; }
    qsizetype nulCount() const { return m_nuls; }

    struct Piece;

private:
    TextFileReader(const QString& path, QString encoding);
    Result<bool> nextPiece(Piece& piece, QByteArray& carry);
    Result<void> checkNuls() const;
    Result<QChar> detectDelimiter();

    QFile m_file;
    std::unique_ptr<CsvParser::Stream> m_parser;
    QByteArray m_carry;
    bool m_done = true;
    QString m_encoding;
    QChar m_delimiter;
    qsizetype m_invalid = 0;
    qsizetype m_nuls = 0;
    qint64 m_bytes = 0;
};

} // namespace entre
