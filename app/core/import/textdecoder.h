#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace entre {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
};

// Turns the bytes of a text export into text: a byte order mark decides, else valid UTF-8,
// else Windows-1252 (what Excel on Windows writes as "CSV"). Refuses bytes that are not text.
namespace TextDecoder {
Result<DecodedText> decode(const QByteArray& bytes, const QString& encoding = {});
QStringList supportedEncodings();
} // namespace TextDecoder

} // namespace entre
