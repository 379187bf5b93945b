#pragma once

#include <QByteArrayView>
#include <QString>

// What each fuzz target checks for one input, shared with tst_fuzzfindings, which replays every
// finding kept under tests/data/fuzz/<target>/. Each returns what went wrong, or an empty
// string. A crash, a hang or an unbounded allocation needs no check: the sanitizers, libFuzzer's
// limits or the test itself catch those.
namespace entre::fuzz {

// Text decoding and CSV: decodes, parses within the limits, and reads as an import would.
QString checkText(QByteArrayView bytes, const QString& scratchFile);
// A workbook (.xlsx or .ods, by `scratchFile`'s suffix) is read or refused within the limits.
QString checkWorkbook(QByteArrayView bytes, const QString& scratchFile);
// Header recognition: one header per line; every field maps to a header that is there, and no
// header fills two fields.
QString checkHeaders(QByteArrayView bytes);
// The search-query builder: every expression built from the bytes (as UTF-8, and as UTF-16
// with lone surrogates and all) is one SQLite's FTS5 runs without an error.
QString checkSearch(QByteArrayView bytes);

} // namespace entre::fuzz
