#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace entre {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    // Bytes that were not valid in the encoding each became U+FFFD in `text`.
    qsizetype invalidCharacters = 0;
    // NUL bytes are removed; these are the offsets in `text` where they were, ascending.
    QList<qsizetype> nulRemovedAt;
    qsizetype nulCount = 0;
};

// Turns the bytes of a text export into text, deciding the encoding on the evidence: a byte order
// mark decides; else UTF-16 when every other byte is zero; else UTF-8 unless the bytes look like
// Windows-1252 (what Excel on Windows writes as "CSV"): more invalid UTF-8 bytes than valid
// multi-byte sequences. A few invalid bytes in a UTF-8 file become U+FFFD, never a reason to
// garble the rest. Refuses bytes that are not text.
namespace TextDecoder {
Result<DecodedText> decode(const QByteArray& bytes, const QString& encoding = {});
QStringList supportedEncodings();

// The same decisions for a file read in pieces (TextFileReader): the encoding of the file at
// `path` ("" = detect), which may read it through once; the size of the byte order mark of
// `encoding` at the start of `bytes` (0 for none); Windows-1252 bytes as text.
Result<QString> encodingOf(const QString& path, const QString& encoding);
qsizetype byteOrderMarkSize(QByteArrayView bytes, const QString& encoding);
QString fromWindows1252(QByteArrayView bytes);
// Whether the first characters of a text (NULs removed at `nulRemovedAt`) are binary data, and
// the error that says so. A file is binary too when more than one byte in twenty is a NUL.
bool looksBinary(QStringView sample, const QList<qsizetype>& nulRemovedAt);
Error binaryData();
} // namespace TextDecoder

} // namespace entre
