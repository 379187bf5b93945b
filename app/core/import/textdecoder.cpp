#include "textdecoder.h"

#include "utf8scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace entre::TextDecoder {
namespace {

// The texts of this file, in the context lupdate files them under.
struct TextDecoderText {
    Q_DECLARE_TR_FUNCTIONS(entre::TextDecoder)
};

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unused bytes stay as in Latin-1.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString windows1252(QByteArrayView bytes)
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

DecodedText decodedText(QString text, QString encoding, qsizetype invalid = 0)
{
    DecodedText decoded;
    decoded.text = std::move(text);
    decoded.encoding = std::move(encoding);
    decoded.invalidCharacters = invalid;
    return decoded;
}

// UTF-16 without a byte order mark: ASCII text has a zero in every other byte.
QString guessUtf16(QByteArrayView bytes)
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

// Removes U+0000 in place and notes where each run of them was.
void removeNuls(DecodedText& decoded)
{
    QString& text = decoded.text;
    if (!text.contains(QChar(u'\0')))
        return;
    QChar* data = text.data();
    qsizetype out = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (data[i].unicode() == 0) {
            ++decoded.nulCount;
            if (decoded.nulRemovedAt.isEmpty() || decoded.nulRemovedAt.constLast() != out)
                decoded.nulRemovedAt.append(out);
        } else {
            data[out++] = data[i];
        }
    }
    text.truncate(out);
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

Result<DecodedText> decodeUtf16(QByteArrayView bytes, const QString& encoding)
{
    const bool little = encoding == QLatin1String("UTF-16LE");
    const QByteArrayView bom = little ? "\xFF\xFE" : "\xFE\xFF";
    if (bytes.startsWith(bom))
        bytes = bytes.sliced(bom.size());
    QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    DecodedText decoded = decodedText(decoder.decode(bytes), encoding);
    // Unpaired surrogates and an odd last byte were replaced by U+FFFD.
    decoded.invalidCharacters = decoded.text.count(QChar::ReplacementCharacter);
    return decoded;
}

constexpr qsizetype binarySample = 8192;

Error unknownEncoding(const QString& encoding)
{
    return badInput(TextDecoderText::tr("Unknown text encoding \"%1\"; use one of: %2.")
                        .arg(encoding, supportedEncodings().join(QLatin1String(", "))));
}

Error notValid(const QString& encoding)
{
    return badInput(TextDecoderText::tr("The file is not valid %1 text.").arg(encoding));
}

// The encoding a byte order mark names, or UTF-16 that looks like it; "" for the rest.
QString bomOrUtf16(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (head.startsWith("\xEF\xBB\xBF"))
        return {};
    return guessUtf16(head);
}

} // namespace

QStringList supportedEncodings()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
            QStringLiteral("Windows-1252")};
}

Result<DecodedText> decode(const QByteArray& bytes, const QString& requested)
{
    QString encoding = canonicalName(requested);
    if (!encoding.isEmpty() && !supportedEncodings().contains(encoding))
        return unknownEncoding(encoding);
    if (encoding.isEmpty())
        encoding = bomOrUtf16(bytes);

    Result<DecodedText> decoded = DecodedText{};
    if (encoding.startsWith(QLatin1String("UTF-16"))) {
        decoded = decodeUtf16(bytes, encoding);
    } else if (encoding == QLatin1String("Windows-1252")) {
        decoded = decodedText(windows1252(bytes), encoding);
    } else {
        QByteArrayView view(bytes);
        const bool bom = view.startsWith("\xEF\xBB\xBF");
        if (bom)
            view = view.sliced(3);
        Utf8Scan scan = scanUtf8(view);
        // The evidence: Windows-1252 text with letters like å ä ö is almost never valid UTF-8,
        // while a UTF-8 file damaged in a few places still has far more good sequences than bad.
        const bool utf8 = scan.invalid == 0 || bom || scan.validMultiByte >= scan.invalid;
        if (utf8) {
            decoded = decodedText(std::move(scan.text), QStringLiteral("UTF-8"), scan.invalid);
        } else if (encoding.isEmpty()) {
            decoded = decodedText(windows1252(view), QStringLiteral("Windows-1252"));
        } else {
            return notValid(encoding);
        }
    }
    removeNuls(decoded.value());
    const QString& text = decoded->text;
    if (decoded->nulCount * 20 > bytes.size() ||
        looksBinary(QStringView(text).first(std::min<qsizetype>(text.size(), binarySample)),
                    decoded->nulRemovedAt))
        return binaryData();
    return decoded;
}

QString fromWindows1252(QByteArrayView bytes)
{
    return windows1252(bytes);
}

bool looksBinary(QStringView sample, const QList<qsizetype>& nulRemovedAt)
{
    // Binary data has many control characters; a stray NUL or two in an export does not make it
    // so.
    qsizetype control = 0;
    for (const QChar c : sample) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++control;
    }
    qsizetype sampleNuls = 0;
    for (const qsizetype at : nulRemovedAt) {
        if (at >= sample.size())
            break;
        ++sampleNuls;
    }
    return (control + sampleNuls) * 20 > sample.size() + sampleNuls;
}

Error binaryData()
{
    return badInput(TextDecoderText::tr("The file holds binary data, not text or a spreadsheet."));
}

qsizetype byteOrderMarkSize(QByteArrayView bytes, const QString& encoding)
{
    if (encoding == QLatin1String("UTF-8"))
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (encoding == QLatin1String("UTF-16LE"))
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    if (encoding == QLatin1String("UTF-16BE"))
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    return 0;
}

Result<QString> encodingOf(const QString& path, const QString& requested)
{
    QString encoding = canonicalName(requested);
    if (!encoding.isEmpty() && !supportedEncodings().contains(encoding))
        return unknownEncoding(encoding);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(TextDecoderText::tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.peek(512);
    if (encoding.isEmpty())
        encoding = bomOrUtf16(head);
    if (!encoding.isEmpty() && encoding != QLatin1String("UTF-8"))
        return encoding;
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    // Only the whole file tells UTF-8 from Windows-1252: read through in pieces, counting.
    qsizetype invalid = 0, validMultiByte = 0;
    QByteArray carry;
    while (!file.atEnd()) {
        const QByteArray raw = file.read(1024 * 1024);
        if (raw.isEmpty())
            break;
        const QByteArray bytes = carry + raw;
        const qsizetype tail = file.atEnd() ? 0 : incompleteUtf8Tail(bytes);
        const Utf8Scan scan = scanUtf8(QByteArrayView(bytes).chopped(tail));
        invalid += scan.invalid;
        validMultiByte += scan.validMultiByte;
        carry = bytes.right(tail);
    }
    if (invalid == 0 || validMultiByte >= invalid)
        return QStringLiteral("UTF-8");
    if (encoding.isEmpty())
        return QStringLiteral("Windows-1252");
    return notValid(encoding);
}

} // namespace entre::TextDecoder
