#pragma once

#include <QString>

namespace entre {

// `text` as QString::simplified() makes it (white space trimmed, each run of it one space), but
// the same string, with no copy made, when it already is so: most cells of a list are, and an
// import simplifies several of every row's.
QString simplifiedText(const QString& text);

} // namespace entre
