#include "ftsquery.h"

#include <algorithm>

namespace entre {

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
    QStringList phrases;
    for (QString word : searchWords(userText)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return phrases.join(QLatin1Char(' '));
}

} // namespace entre
