#include "extrafields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace entre {
namespace {

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendEscape(QString& json, char16_t unit)
{
    json.append(QLatin1String("\\u"));
    for (int shift = 12; shift >= 0; shift -= 4)
        json.append(QLatin1Char(hexDigit(uint(unit) >> shift)));
}

// A JSON string as QJsonDocument writes one: the short escapes, \u00XX for the other control
// characters, a surrogate without its pair as \uXXXX, everything else as it is.
void appendString(QString& json, QStringView text)
{
    json.append(QLatin1Char('"'));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        switch (unit) {
        case u'"':
            json.append(QLatin1String("\\\""));
            continue;
        case u'\\':
            json.append(QLatin1String("\\\\"));
            continue;
        case u'\b':
            json.append(QLatin1String("\\b"));
            continue;
        case u'\f':
            json.append(QLatin1String("\\f"));
            continue;
        case u'\n':
            json.append(QLatin1String("\\n"));
            continue;
        case u'\r':
            json.append(QLatin1String("\\r"));
            continue;
        case u'\t':
            json.append(QLatin1String("\\t"));
            continue;
        default:
            break;
        }
        if (unit < 0x20) {
            appendEscape(json, unit);
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            json.append(text.mid(i, 2));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            appendEscape(json, unit);
        } else {
            json.append(QChar(unit));
        }
    }
    json.append(QLatin1Char('"'));
}

} // namespace

QString extraFieldsToJson(const QVariantMap& extra)
{
    // Written here when every value is text, as a list's extra fields are: the same text
    // QJsonDocument writes, without building a document for a field or two on every row.
    qsizetype size = 2;
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (it.value().metaType().id() != QMetaType::QString)
            return QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(extra)).toJson(QJsonDocument::Compact));
        size += it.key().size() + it.value().toString().size() + 6;
    }
    QString json;
    json.reserve(size);
    json.append(QLatin1Char('{'));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (it != extra.cbegin())
            json.append(QLatin1Char(','));
        appendString(json, it.key());
        json.append(QLatin1Char(':'));
        appendString(json, it.value().toString());
    }
    json.append(QLatin1Char('}'));
    return json;
}

QVariantMap extraFieldsFromJson(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

} // namespace entre
