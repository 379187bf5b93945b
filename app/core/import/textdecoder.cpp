#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace entre::TextDecoder {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("entre::TextDecoder", text);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unused bytes stay as in Latin-1.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ =
            (byte >= 0x80 && byte < 0xA0) ? QChar(cp1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

std::optional<QString> decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// UTF-16 without a byte order mark: ASCII text has a zero in every other byte.
QString guessUtf16(const QByteArray& bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    if (sample < 4)
        return {};
    int evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const int pairs = int(sample / 2);
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

bool looksBinary(const QString& text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            ++control;
    }
    return control * 20 > sample;
}

// Accepts the spellings people type on a command line: "utf8", "cp1252", "latin1".
QString canonicalName(const QString& name)
{
    QString key = name.toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return QStringLiteral("UTF-16LE");
    if (key == QLatin1String("utf16be"))
        return QStringLiteral("UTF-16BE");
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
        key == QLatin1String("latin1") || key == QLatin1String("iso88591"))
        return QStringLiteral("Windows-1252");
    return name;
}

Result<DecodedText> decodeAs(const QByteArray& bytes, const QString& requested)
{
    const QString encoding = canonicalName(requested);
    QByteArrayView view(bytes);
    if (encoding == QLatin1String("Windows-1252"))
        return DecodedText{fromWindows1252(bytes), encoding};
    QStringConverter::Encoding qtEncoding = QStringConverter::Utf8;
    QByteArrayView bom;
    if (encoding == QLatin1String("UTF-8")) {
        bom = "\xEF\xBB\xBF";
    } else if (encoding == QLatin1String("UTF-16LE")) {
        qtEncoding = QStringConverter::Utf16LE;
        bom = "\xFF\xFE";
    } else if (encoding == QLatin1String("UTF-16BE")) {
        qtEncoding = QStringConverter::Utf16BE;
        bom = "\xFE\xFF";
    } else {
        return badInput(tr("Unknown text encoding \"%1\"; use one of: %2.")
                            .arg(encoding, supportedEncodings().join(QLatin1String(", "))));
    }
    if (view.startsWith(bom))
        view = view.sliced(bom.size());
    auto text = decodeStrict(qtEncoding, view);
    if (!text)
        return badInput(tr("The file is not valid %1 text.").arg(encoding));
    return DecodedText{*text, encoding};
}

} // namespace

QStringList supportedEncodings()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
            QStringLiteral("Windows-1252")};
}

Result<DecodedText> decode(const QByteArray& bytes, const QString& encoding)
{
    QString chosen = encoding;
    if (chosen.isEmpty()) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            chosen = QStringLiteral("UTF-8");
        else if (bytes.startsWith("\xFF\xFE"))
            chosen = QStringLiteral("UTF-16LE");
        else if (bytes.startsWith("\xFE\xFF"))
            chosen = QStringLiteral("UTF-16BE");
        else
            chosen = guessUtf16(bytes);
        if (chosen.isEmpty()) {
            chosen = decodeStrict(QStringConverter::Utf8, bytes) ? QStringLiteral("UTF-8")
                                                                 : QStringLiteral("Windows-1252");
        }
    }
    auto decoded = decodeAs(bytes, chosen);
    if (decoded && looksBinary(decoded->text))
        return badInput(tr("The file holds binary data, not text or a spreadsheet."));
    return decoded;
}

} // namespace entre::TextDecoder
