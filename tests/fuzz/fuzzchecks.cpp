#include "fuzzchecks.h"

#include "import/csvparser.h"
#include "import/importfields.h"
#include "import/importlimits.h"
#include "import/registrationtable.h"
#include "import/textdecoder.h"
#include "search/ftsquery.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace entre::fuzz {
namespace {

bool writeFile(const QString& path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes.data(), bytes.size()) == bytes.size();
}

QString checkTable(const QString& path)
{
    auto table = RegistrationTable::read(path);
    if (!table) {
        if (table.error().kind != ErrorKind::BadInput)
            return QStringLiteral("refused, but not as bad input: ") + table.error().message;
        return {};
    }
    if (table->headers.size() > ImportLimits::columns)
        return QStringLiteral("more columns than the limit");
    if (table->rows.size() > ImportLimits::rows)
        return QStringLiteral("more rows than the limit");
    for (const auto& field : table->damagedFields()) {
        if (field.description().isEmpty())
            return QStringLiteral("a repaired cell without a description");
    }
    return {};
}

QString describe(const QList<TextRecord>& records)
{
    QString text;
    for (const TextRecord& record : records) {
        text += QString::number(record.line) + QLatin1Char('[') +
                record.cells.join(QChar(u'\x1f')) + QLatin1Char(']');
        for (const DamagedCell& cell : record.damaged)
            text += QStringLiteral("%1:%2,").arg(cell.column).arg(int(cell.damage));
        text += QLatin1Char('\n');
    }
    return text;
}

// The text fed to the parser in pieces that end at `cuts` (ascending), as TextFileReader feeds
// a file: the records, or the error.
Result<QList<TextRecord>> parseInPieces(const DecodedText& decoded, QChar delimiter,
                                        const QList<qsizetype>& cuts)
{
    QList<TextRecord> records;
    CsvParser::Stream stream(delimiter, [&records](TextRecord&& record) {
        records.append(std::move(record));
        return true;
    });
    const QString& text = decoded.text;
    qsizetype from = 0;
    for (const qsizetype to : cuts + QList<qsizetype>{text.size()}) {
        const bool last = to == text.size();
        // A NUL removed at a cut was before the character after it, in the next piece.
        QList<qsizetype> nuls;
        for (const qsizetype at : decoded.nulRemovedAt) {
            if (at >= from && (at < to || (last && at == to)))
                nuls.append(at - from);
        }
        if (auto fed = stream.feed(QStringView(text).sliced(from, to - from), nuls, last); !fed)
            return fed.error();
        from = to;
    }
    return records;
}

// The parser gives the same records whatever pieces the text comes in.
QString checkPieces(const DecodedText& decoded, QChar delimiter,
                    const Result<QList<TextRecord>>& whole)
{
    const qsizetype size = decoded.text.size();
    QList<qsizetype> everySeventh;
    for (qsizetype at = 7; at < size; at += 7)
        everySeventh.append(at);
    for (const QList<qsizetype>& cuts : {QList<qsizetype>{size / 3, 2 * size / 3}, everySeventh}) {
        const auto pieces = parseInPieces(decoded, delimiter, cuts);
        if (bool(pieces) != bool(whole))
            return QStringLiteral("read in pieces, refused where read whole was not, or not");
        if (pieces && describe(pieces.value()) != describe(whole.value()))
            return QStringLiteral("read in pieces, different records than read whole");
    }
    return {};
}

QSqlDatabase searchDatabase()
{
    const QString name = QStringLiteral("entre-fuzz-search");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (db.open()) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("CREATE VIRTUAL TABLE people USING fts5(first_name, last_name, "
                                  "organisation, email, code, "
                                  "tokenize=\"unicode61 remove_diacritics 2\")"));
        query.exec(QStringLiteral("INSERT INTO people VALUES ('Åsa', 'Hägglund', 'Umeå kommun', "
                                  "'asa@umea.example.se', 'A-1001')"));
    }
    return db;
}

QString runSearch(const QString& expression)
{
    if (expression.isEmpty())
        return {};
    QSqlQuery query(searchDatabase());
    query.prepare(QStringLiteral("SELECT rowid FROM people WHERE people MATCH ?"));
    query.addBindValue(expression);
    if (!query.exec())
        return QStringLiteral("SQLite refused %1: %2").arg(expression, query.lastError().text());
    while (query.next()) {
    }
    return {};
}

} // namespace

QString checkText(QByteArrayView bytes, const QString& scratchFile)
{
    const QByteArray data = bytes.toByteArray();
    if (auto decoded = TextDecoder::decode(data)) {
        if (decoded->text.size() > data.size())
            return QStringLiteral("decoded text longer than its bytes");
        if (decoded->text.contains(QChar(u'\0')))
            return QStringLiteral("a NUL survived decoding");
        const QChar found = CsvParser::detectDelimiter(decoded->text);
        const QChar delimiter = found.isNull() ? QChar(u',') : found;
        const auto records = CsvParser::parse(decoded->text, delimiter, decoded->nulRemovedAt);
        if (const QString differs = checkPieces(decoded.value(), delimiter, records);
            !differs.isEmpty())
            return differs;
        if (records) {
            for (const TextRecord& record : records.value()) {
                if (record.cells.size() > ImportLimits::columns)
                    return QStringLiteral("more columns than the limit");
                for (const DamagedCell& cell : record.damaged) {
                    if (cell.column < 0 || cell.column >= record.cells.size())
                        return QStringLiteral("damage outside its record");
                }
            }
        }
    }
    if (!writeFile(scratchFile, bytes))
        return QStringLiteral("cannot write ") + scratchFile;
    return checkTable(scratchFile);
}

QString checkWorkbook(QByteArrayView bytes, const QString& scratchFile)
{
    if (!writeFile(scratchFile, bytes))
        return QStringLiteral("cannot write ") + scratchFile;
    return checkTable(scratchFile);
}

QString checkHeaders(QByteArrayView bytes)
{
    const QStringList headers = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (const QString& header : headers) {
        const QString field = ImportFields::recognise(header);
        if (!field.isEmpty() && !ImportFields::isKey(field))
            return QStringLiteral("recognised a field that does not exist: ") + field;
    }
    const QMap<QString, QString> mapping = ImportFields::suggestMapping(headers);
    QSet<QString> used;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!ImportFields::isKey(it.key()))
            return QStringLiteral("mapped a field that does not exist: ") + it.key();
        if (!headers.contains(it.value()))
            return QStringLiteral("mapped a header that is not there: ") + it.value();
        if (used.contains(it.value()))
            return QStringLiteral("one header fills two fields: ") + it.value();
        used.insert(it.value());
    }
    return {};
}

QString checkSearch(QByteArrayView bytes)
{
    const QString utf8 = QString::fromUtf8(bytes);
    const QString utf16(reinterpret_cast<const QChar*>(bytes.data()), bytes.size() / 2);
    for (const QString& typed : {utf8, utf16}) {
        for (const QString& expression : {ftsPrefixExpression(typed), ftsNameExpression(typed),
                                          ftsNotByNameExpression(typed)}) {
            if (QString problem = runSearch(expression); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace entre::fuzz
