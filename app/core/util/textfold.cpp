#include "textfold.h"

#include <algorithm>
#include <array>

namespace entre {
namespace {

// Folds text of any characters: decomposes, drops the marks, collapses white space, folds case.
QString foldAny(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        folded.append(c);
    }
    return folded.toCaseFolded();
}

// What each Latin-1 character folds to, worked out once by foldAny: "Å" -> "a", "ß" -> "ss".
// Latin-1 holds no combining marks, so text of Latin-1 alone folds character by character.
struct Latin1Folds {
    std::array<std::array<char16_t, 2>, 256> units{}; // up to two; 0 where there is no second
    std::array<bool, 256> space{};

    Latin1Folds()
    {
        for (char16_t c = 0; c < 256; ++c) {
            space[c] = QChar(c).isSpace();
            const QString folded = foldAny(QStringView(&c, 1));
            Q_ASSERT(space[c] || (!folded.isEmpty() && folded.size() <= 2));
            for (qsizetype i = 0; i < std::min<qsizetype>(folded.size(), 2); ++i)
                units[c][i] = folded.at(i).unicode();
        }
    }
};

const Latin1Folds& latin1Folds()
{
    static const Latin1Folds folds;
    return folds;
}

} // namespace

QString foldForMatching(QStringView text)
{
    // Names, organisations, codes and e-mail addresses are nearly always Latin-1: the import folds
    // every row's keys, so it spares the normalisation where it can.
    if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x100; }))
        return foldAny(text);
    const Latin1Folds& folds = latin1Folds();
    QString folded;
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (folds.space[unit]) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        const auto& to = folds.units[unit];
        folded.append(QChar(to[0]));
        if (to[1] != 0)
            folded.append(QChar(to[1]));
    }
    return folded;
}

} // namespace entre
