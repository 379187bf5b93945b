#include "swedishorder.h"

#include <memory>
#include <mutex>
#include <unicode/ucol.h>

namespace entre {
namespace {

struct CollatorCloser {
    void operator()(UCollator* collator) const { ucol_close(collator); }
};
using CollatorPtr = std::unique_ptr<UCollator, CollatorCloser>;

// ICU collators are not safe to share between threads; one per thread, opened on first use.
UCollator* collator()
{
    thread_local CollatorPtr instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        CollatorPtr opened(ucol_open("sv_SE", &status));
        if (U_FAILURE(status))
            opened.reset(ucol_open("", &status));
        return opened;
    }();
    return instance.get();
}

const UChar* utf16(QStringView text)
{
    return reinterpret_cast<const UChar*>(text.utf16());
}

} // namespace

QByteArray swedishSortKey(QStringView text)
{
    UCollator* c = collator();
    if (!c)
        return text.toString().toCaseFolded().toUtf8();
    QByteArray key(static_cast<int>(text.size() * 4 + 16), Qt::Uninitialized);
    const auto length = static_cast<int>(text.size());
    int needed = ucol_getSortKey(c, utf16(text), length, reinterpret_cast<uint8_t*>(key.data()),
                                 static_cast<int>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(c, utf16(text), length, reinterpret_cast<uint8_t*>(key.data()),
                                 static_cast<int>(key.size()));
    }
    key.resize(needed > 0 ? needed - 1 : 0); // drop ICU's terminating zero
    return key;
}

QByteArray personSortKey(QStringView firstName, QStringView lastName)
{
    // A zero byte between the parts sorts "Berg, Zoe" before "Bergström, Anna".
    QByteArray key = swedishSortKey(lastName.trimmed());
    key.append('\0');
    key.append(swedishSortKey(firstName.trimmed()));
    return key;
}

bool swedishLess(QStringView a, QStringView b)
{
    UCollator* c = collator();
    if (!c)
        return a.compare(b, Qt::CaseInsensitive) < 0;
    return ucol_strcoll(c, utf16(a), static_cast<int>(a.size()), utf16(b),
                        static_cast<int>(b.size())) == UCOL_LESS;
}

} // namespace entre
