#pragma once

#include <QString>
#include <QStringView>

namespace entre {

// Case- and accent-insensitive form for matching: "Umeå KOMMUN" -> "umea kommun". Decomposes,
// drops combining marks, folds case and collapses white space. ø, æ and ß stay as they are.
QString foldForMatching(QStringView text);

} // namespace entre
