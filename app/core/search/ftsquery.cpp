#include "ftsquery.h"

#include <algorithm>

namespace entre {
namespace {

// What SQLite would misread, made harmless: it reads an FTS5 expression only up to a NUL, and
// takes the unit after a lone high surrogate as its pair even when that is the closing quote.
// Either would leave a quote open. A NUL (pasted, or sent by a scanner) separates words like a
// space; a lone surrogate becomes U+FFFD.
QString cleaned(QStringView userText)
{
    QString text = userText.toString();
    QChar* c = text.data();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (c[i].unicode() == 0) {
            c[i] = QLatin1Char(' ');
        } else if (c[i].isHighSurrogate() && i + 1 < size && c[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c[i].isSurrogate()) {
            c[i] = QChar::ReplacementCharacter;
        }
    }
    return text;
}

QStringList quotedPrefixes(QStringView userText)
{
    QStringList phrases;
    for (QString word : searchWords(userText)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return phrases;
}

} // namespace

QStringList searchWords(QStringView userText)
{
    const QString text = cleaned(userText);
    QStringList words;
    for (const QStringView word : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString trimmed = word.trimmed().toString();
        const bool hasToken = std::any_of(trimmed.cbegin(), trimmed.cend(),
                                          [](QChar c) { return c.isLetterOrNumber(); });
        if (hasToken)
            words.append(trimmed);
    }
    return words;
}

QString ftsPrefixExpression(QStringView userText)
{
    return quotedPrefixes(userText).join(QLatin1Char(' '));
}

namespace {

QString anyInName(const QStringList& phrases)
{
    return QLatin1String("{first_name last_name} : (") + phrases.join(QLatin1String(" OR ")) +
           QLatin1Char(')');
}

} // namespace

QString ftsNotByNameExpression(QStringView userText)
{
    const QStringList phrases = quotedPrefixes(userText);
    if (phrases.isEmpty())
        return {};
    return QLatin1Char('(') + phrases.join(QLatin1Char(' ')) + QLatin1String(") NOT (") +
           anyInName(phrases) + QLatin1Char(')');
}

QString ftsNameExpression(QStringView userText)
{
    const QStringList phrases = quotedPrefixes(userText);
    if (phrases.isEmpty())
        return {};
    if (phrases.size() == 1)
        return anyInName(phrases);
    return QLatin1Char('(') + phrases.join(QLatin1Char(' ')) + QLatin1String(") AND ") +
           anyInName(phrases);
}

} // namespace entre
