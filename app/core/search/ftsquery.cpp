#include "ftsquery.h"

#include <algorithm>

namespace entre {
namespace {

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
    QStringList words;
    for (const QStringView word : userText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
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
