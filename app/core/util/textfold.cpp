#include "textfold.h"

#include <algorithm>

namespace entre {

QString foldForMatching(QStringView text)
{
    // Plain ASCII (codes, most e-mail addresses) has nothing to decompose and folds to lower case:
    // the import folds every row's keys, so it spares the normalisation where it can.
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed =
        ascii ? QString() : text.toString().normalized(QString::NormalizationForm_D);
    const QStringView source = ascii ? text : QStringView(decomposed);
    QString folded;
    folded.reserve(source.size());
    bool pendingSpace = false;
    for (const QChar c : source) {
        if (!ascii) {
            const auto category = c.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
                continue;
        }
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        folded.append(ascii ? c.toLower() : c);
    }
    return ascii ? folded : folded.toCaseFolded();
}

} // namespace entre
