#include "textfilereader.h"

#include "importlimits.h"
#include "textdecoder.h"
#include "utf8scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringDecoder>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct TextFileReaderText {
    Q_DECLARE_TR_FUNCTIONS(entre::RegistrationTable)
};

constexpr qint64 pieceBytes = 1024 * 1024;
// As TextDecoder judges binary data: control characters in the first characters.
constexpr qsizetype binarySample = 8192;

// The bytes at the end of a UTF-16 piece the next one completes: an odd byte, or the first half
// of a surrogate pair.
qsizetype incompleteUtf16Tail(QByteArrayView bytes, bool little)
{
    const qsizetype odd = bytes.size() % 2;
    const qsizetype even = bytes.size() - odd;
    if (even < 2)
        return odd;
    const auto high = static_cast<unsigned char>(bytes.at(little ? even - 1 : even - 2));
    return odd + (high >= 0xD8 && high <= 0xDB ? 2 : 0);
}

} // namespace

// One decoded piece: its text with NULs removed, and where they were.
struct TextFileReader::Piece {
    QString text;
    QList<qsizetype> nulRemovedAt;
    bool last = false;
};

TextFileReader::TextFileReader(const QString& path, QString encoding)
    : m_file(path)
    , m_encoding(std::move(encoding))
{}

Result<std::unique_ptr<TextFileReader>>
TextFileReader::open(const QString& path, const QString& encoding, QChar delimiter)
{
    auto decided = TextDecoder::encodingOf(path, encoding);
    if (!decided)
        return decided.error();
    std::unique_ptr<TextFileReader> reader(new TextFileReader(path, decided.value()));
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return badInput(TextFileReaderText::tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(path), reader->m_file.errorString()));
    if (delimiter.isNull()) {
        auto detected = reader->detectDelimiter();
        if (!detected)
            return detected.error();
        delimiter = detected.value();
    }
    // One column: any delimiter reads it the same.
    reader->m_delimiter = delimiter.isNull() ? QChar(u',') : delimiter;
    return reader;
}

Result<QChar> TextFileReader::detectDelimiter()
{
    if (!m_file.seek(0))
        return failed(m_file.errorString());
    QByteArray carry;
    Piece piece;
    auto read = nextPiece(piece, carry);
    if (!read)
        return read.error();
    return CsvParser::detectDelimiter(piece.text);
}

Result<bool> TextFileReader::nextPiece(Piece& piece, QByteArray& carry)
{
    const bool first = m_file.pos() == 0;
    const QByteArray raw = m_file.read(pieceBytes);
    if (raw.isEmpty() && !first && carry.isEmpty())
        return false;
    m_bytes += raw.size();
    const QByteArray bytes = carry + raw;
    carry.clear();
    piece.last = m_file.atEnd();
    QByteArrayView view(bytes);
    if (first)
        view = view.sliced(TextDecoder::byteOrderMarkSize(view, m_encoding));
    qsizetype tail = 0;
    if (!piece.last) {
        tail = m_encoding.startsWith(QLatin1String("UTF-16"))
                   ? incompleteUtf16Tail(view, m_encoding.endsWith(u"LE"))
               : m_encoding == QLatin1String("UTF-8") ? incompleteUtf8Tail(view)
                                                      : 0;
        carry = view.last(tail).toByteArray();
        view.chop(tail);
    }
    if (m_encoding == QLatin1String("UTF-8")) {
        Utf8Scan scan = scanUtf8(view);
        m_invalid += scan.invalid;
        piece.text = std::move(scan.text);
    } else if (m_encoding == QLatin1String("Windows-1252")) {
        piece.text = TextDecoder::fromWindows1252(view);
    } else {
        QStringDecoder decoder(m_encoding.endsWith(u"LE") ? QStringConverter::Utf16LE
                                                          : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        piece.text = decoder.decode(view);
        m_invalid += piece.text.count(QChar::ReplacementCharacter);
    }
    piece.nulRemovedAt.clear();
    const qsizetype before = piece.text.size();
    if (piece.text.contains(QChar(u'\0'))) {
        QChar* data = piece.text.data();
        qsizetype out = 0;
        for (qsizetype i = 0; i < before; ++i) {
            if (data[i].unicode() != 0)
                data[out++] = data[i];
            else if (piece.nulRemovedAt.isEmpty() || piece.nulRemovedAt.constLast() != out)
                piece.nulRemovedAt.append(out);
        }
        piece.text.truncate(out);
        m_nuls += before - out;
    }
    if (first &&
        TextDecoder::looksBinary(
            QStringView(piece.text).first(std::min<qsizetype>(piece.text.size(), binarySample)),
            piece.nulRemovedAt))
        return TextDecoder::binaryData();
    return true;
}

Result<void> TextFileReader::start(const CsvParser::Stream::Sink& sink,
                                   const ReadProgress& progress)
{
    if (!m_file.seek(0))
        return failed(m_file.errorString());
    m_invalid = m_nuls = m_bytes = 0;
    m_carry.clear();
    m_parser = std::make_unique<CsvParser::Stream>(m_delimiter, sink, progress);
    m_done = false;
    return {};
}

Result<bool> TextFileReader::readPiece()
{
    if (m_done)
        return false;
    Piece piece;
    auto read = nextPiece(piece, m_carry);
    if (!read)
        return read.error();
    if (read.value()) {
        if (auto fed = m_parser->feed(piece.text, piece.nulRemovedAt, piece.last); !fed)
            return fed.error();
    }
    m_done = !read.value() || piece.last || m_parser->stopped();
    if (m_done && !m_parser->stopped()) {
        if (auto checked = checkNuls(); !checked)
            return checked.error();
    }
    return true;
}

Result<void> TextFileReader::checkNuls() const
{
    // As TextDecoder judges binary data: more than one byte in twenty a NUL.
    if (m_nuls * 20 > m_bytes)
        return TextDecoder::binaryData();
    return {};
}

Result<void> TextFileReader::readRecords(const CsvParser::Stream::Sink& sink,
                                         const ReadProgress& progress)
{
    if (auto started = start(sink, progress); !started)
        return started;
    for (;;) {
        auto more = readPiece();
        if (!more)
            return more.error();
        if (!more.value())
            return {};
    }
}

} // namespace entre
