#include "simplifiedtext.h"

namespace entre {
namespace {

bool isSimplified(QStringView text)
{
    bool afterSpace = true; // white space at the start is not simplified either
    for (const QChar c : text) {
        if (!c.isSpace()) {
            afterSpace = false;
        } else if (afterSpace || c != u' ') {
            return false;
        } else {
            afterSpace = true;
        }
    }
    return !afterSpace || text.isEmpty();
}

} // namespace

QString simplifiedText(const QString& text)
{
    return isSimplified(text) ? text : text.simplified();
}

} // namespace entre
