#include "utf8scan.h"

namespace entre {

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    // Never more UTF-16 units than bytes: a four-byte sequence becomes two.
    scan.text.resize(bytes.size());
    char16_t* out = reinterpret_cast<char16_t*>(scan.text.data());
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = in[i];
        if (lead < 0x80) {
            *out++ = lead;
            ++i;
            continue;
        }
        int trail = 0;
        char32_t code = 0;
        unsigned char low = 0x80, high = 0xBF; // the range of the first trail byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            trail = 1;
            code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trail = 2;
            code = lead & 0x0F;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trail = 3;
            code = lead & 0x07;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            *out++ = QChar::ReplacementCharacter;
            ++scan.invalid;
            ++i;
            continue;
        }
        qsizetype next = i + 1;
        bool complete = true;
        for (int k = 0; k < trail; ++k, ++next) {
            if (next >= size || in[next] < low || in[next] > high) {
                complete = false;
                break;
            }
            code = (code << 6) | (in[next] & 0x3F);
            low = 0x80;
            high = 0xBF;
        }
        i = next; // a broken sequence is replaced as far as it was well-formed
        if (!complete) {
            *out++ = QChar::ReplacementCharacter;
            ++scan.invalid;
            continue;
        }
        ++scan.validMultiByte;
        if (code > 0xFFFF) {
            *out++ = QChar::highSurrogate(code);
            *out++ = QChar::lowSurrogate(code);
        } else {
            *out++ = char16_t(code);
        }
    }
    scan.text.truncate(out - reinterpret_cast<char16_t*>(scan.text.data()));
    return scan;
}

qsizetype incompleteUtf8Tail(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(size - back));
        if (byte < 0x80)
            return 0;
        if (byte >= 0xC0) {
            const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            return length > back ? back : 0;
        }
    }
    return 0;
}

} // namespace entre
