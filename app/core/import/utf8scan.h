#pragma once

#include <QByteArrayView>
#include <QString>

namespace entre {

// UTF-8 decoded leniently, with the evidence for deciding whether it is UTF-8 at all.
struct Utf8Scan {
    QString text;                 // each maximal invalid subsequence became one U+FFFD
    qsizetype validMultiByte = 0; // well-formed sequences of two to four bytes
    qsizetype invalid = 0;        // U+FFFD written for bytes that were not UTF-8
};

// One pass, linear in the input: overlong forms, surrogates and code points above U+10FFFF are
// invalid, as the Unicode standard says; NUL bytes are kept as U+0000.
Utf8Scan scanUtf8(QByteArrayView bytes);
// How many bytes at the end of `bytes` begin a sequence that more bytes could complete: a text
// read in pieces carries them over to the next piece, so that no character is cut in two.
qsizetype incompleteUtf8Tail(QByteArrayView bytes);

} // namespace entre
