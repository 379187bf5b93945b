#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace entre {

// The words of what a user typed, split on spaces (and NULs); words with no letter or digit
// dropped, lone surrogates replaced by U+FFFD.
QStringList searchWords(QStringView userText);
// An FTS5 MATCH expression that finds rows where every word is a prefix of some token.
// Every word is quoted as a string, so quotes, *, -, ^, :, parentheses and AND/OR/NOT/NEAR are
// plain text and no input can break the query. Empty when there is nothing to search for.
QString ftsPrefixExpression(QStringView userText);

// The same, and some word is a prefix of a part of the first or last name: the people who rank
// above those found only by organisation, e-mail or code. Empty when there is nothing to search.
QString ftsNameExpression(QStringView userText);
// Every word a prefix of some token, and no word a prefix of a part of the first or last name:
// the people ranked after those found by name.
QString ftsNotByNameExpression(QStringView userText);

} // namespace entre
