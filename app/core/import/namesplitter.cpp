#include "namesplitter.h"

#include <QStringList>

namespace entre {
namespace {

bool isParticle(const QString& word)
{
    static const QStringList particles = {
        QStringLiteral("af"),  QStringLiteral("av"),  QStringLiteral("von"),
        QStringLiteral("van"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"),
        QStringLiteral("di"),  QStringLiteral("da"),  QStringLiteral("du"),
        QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("ten"),
        QStringLiteral("ter"), QStringLiteral("zu"),  QStringLiteral("bin"),
        QStringLiteral("al"),  QStringLiteral("el")};
    return particles.contains(word.toLower());
}

} // namespace

PersonName splitFullName(const QString& fullName)
{
    const QString name = fullName.simplified();
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0) {
        return {name.mid(comma + 1).trimmed(), name.left(comma).trimmed()};
    }
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {name, QString()};
    qsizetype lastStart = words.size() - 1;
    while (lastStart > 1 && isParticle(words.at(lastStart - 1)))
        --lastStart;
    return {words.mid(0, lastStart).join(u' '), words.mid(lastStart).join(u' ')};
}

} // namespace entre
