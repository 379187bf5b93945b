#include "registrationtable.h"

#include "importfields.h"
#include "importlimits.h"
#include "personalidentity.h"
#include "spreadsheetreader.h"
#include "textdecoder.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct RegistrationTableText {
    Q_DECLARE_TR_FUNCTIONS(entre::RegistrationTable)
};

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

int recognisedCount(const QStringList& cells)
{
    // A header names its fields in its first columns; looking through every column of each
    // row that might be the header would only cost time.
    constexpr qsizetype columnsLooked = 1024;
    QSet<QString> fields;
    for (qsizetype i = 0; i < std::min(cells.size(), columnsLooked); ++i) {
        const QString field = ImportFields::recognise(cells.at(i));
        if (!field.isEmpty())
            fields.insert(field);
    }
    return int(fields.size());
}

// The header is the row among the first few that names the most known fields; title rows
// above it ("Deltagarlista 15 juni") name none. Without any, the first row is the header.
qsizetype findHeader(const QList<TextRecord>& records)
{
    qsizetype best = -1;
    int bestCount = 0;
    int looked = 0;
    for (qsizetype i = 0; i < records.size() && looked < 15; ++i) {
        if (isBlank(records.at(i).cells))
            continue;
        ++looked;
        if (best < 0)
            best = i;
        const int count = recognisedCount(records.at(i).cells);
        if (count > bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return best;
}

// Linear however often a name repeats: each name remembers the next number to try.
QStringList uniqueHeaders(const QStringList& cells, qsizetype width)
{
    QStringList headers;
    QSet<QString> seen;
    QHash<QString, int> nextNumber;
    for (qsizetype i = 0; i < width; ++i) {
        QString header = i < cells.size() ? cells.at(i).simplified() : QString();
        if (header.isEmpty())
            header = RegistrationTableText::tr("Column %1").arg(i + 1);
        if (seen.contains(header)) {
            const QString base = header;
            int& n = nextNumber[base];
            n = std::max(n, 2);
            do {
                header = QStringLiteral("%1 (%2)").arg(base).arg(n++);
            } while (seen.contains(header));
        }
        seen.insert(header);
        headers.append(header);
    }
    return headers;
}

Result<QList<TextRecord>> readText(QByteArray bytes, const ImportOptions& options,
                                   RegistrationTable& table)
{
    auto decoded = TextDecoder::decode(bytes, options.encoding);
    bytes = QByteArray(); // the bytes are not needed while the text is parsed
    if (!decoded)
        return decoded.error();
    QChar delimiter = options.delimiter;
    if (delimiter.isNull())
        delimiter = CsvParser::detectDelimiter(decoded->text);
    if (delimiter.isNull())
        delimiter = u','; // one column: any delimiter reads it the same
    table.format = QStringLiteral("csv");
    table.encoding = decoded->encoding;
    table.delimiter = QString(delimiter);
    table.invalidCharacters = decoded->invalidCharacters;
    table.nulBytesRemoved = decoded->nulCount;
    return CsvParser::parse(decoded->text, delimiter, decoded->nulRemovedAt, options.progress);
}

QStringList personalIdentityColumns(const RegistrationTable& table)
{
    QList<PersonalIdentityTally> tallies(table.headers.size());
    for (const TextRecord& row : table.rows) {
        const qsizetype columns = std::min(row.cells.size(), tallies.size());
        for (qsizetype c = 0; c < columns; ++c)
            tallies[c].add(row.cells.at(c));
    }
    QStringList columns;
    for (qsizetype c = 0; c < tallies.size(); ++c) {
        if (tallies.at(c).looksLikePersonalIdentityNumbers())
            columns.append(table.headers.at(c));
    }
    return columns;
}

Error noColumn(const RegistrationTable& table, const QString& name)
{
    return badInput(QCoreApplication::translate("entre::RegistrationTable",
                                                "There is no column \"%1\"; the columns are: %2.")
                        .arg(name, table.headers.join(QLatin1String(", "))));
}

// Personal identity numbers are left out unless kept by name; any column may be dropped.
Result<void> chooseKeptColumns(RegistrationTable& table, const ImportOptions& options)
{
    table.personalIdentityColumns = personalIdentityColumns(table);
    QSet<QString> kept;
    for (const QString& name : options.keep) {
        const QString header = table.headerNamed(name);
        if (header.isEmpty())
            return noColumn(table, name);
        kept.insert(header);
    }
    for (const QString& header : std::as_const(table.personalIdentityColumns)) {
        if (!kept.contains(header))
            table.droppedColumns.insert(header);
    }
    for (const QString& name : options.drop) {
        const QString header = table.headerNamed(name);
        if (header.isEmpty())
            return noColumn(table, name);
        if (kept.contains(header))
            return badInput(
                QCoreApplication::translate("entre::RegistrationTable",
                                            "The column \"%1\" cannot be both kept and dropped.")
                    .arg(header));
        table.droppedColumns.insert(header);
    }
    return {};
}

} // namespace

Result<RegistrationTable> RegistrationTable::read(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(RegistrationTableText::tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.peek(8);
    if (head.isEmpty())
        return badInput(
            RegistrationTableText::tr("The file %1 is empty.").arg(QDir::toNativeSeparators(path)));
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return badInput(RegistrationTableText::tr(
            "This is an old Excel (.xls) file; save it as .xlsx or CSV first."));

    RegistrationTable table;
    table.sourceName = QFileInfo(path).fileName();
    QList<TextRecord> records;
    if (SpreadsheetReader::isZip(head)) {
        file.close();
        auto sheet = SpreadsheetReader::read(path, options.sheet, options.progress);
        if (!sheet)
            return sheet.error();
        table.format = path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive)
                           ? QStringLiteral("ods")
                           : QStringLiteral("xlsx");
        table.sheetNames = sheet->sheetNames;
        records = std::move(sheet->rows);
    } else {
        if (file.size() > ImportLimits::textFileBytes)
            return ImportLimits::overLimit(ImportLimits::Limit::TextFileBytes);
        auto text = readText(file.readAll(), options, table);
        if (!text)
            return text.error();
        records = std::move(text.value());
    }

    const qsizetype header = findHeader(records);
    if (header < 0)
        return badInput(RegistrationTableText::tr("The file %1 holds no rows.")
                            .arg(QDir::toNativeSeparators(path)));
    table.headerRow = records.at(header).line;
    qsizetype width = records.at(header).cells.size();
    while (width > 0 && records.at(header).cells.at(width - 1).trimmed().isEmpty())
        --width;
    for (qsizetype i = header + 1; i < records.size(); ++i) {
        TextRecord& record = records[i];
        if (isBlank(record.cells))
            continue;
        while (!record.cells.isEmpty() && record.cells.constLast().trimmed().isEmpty())
            record.cells.removeLast();
        width = std::max(width, record.cells.size());
        table.rows.append(std::move(record));
    }
    table.headers = uniqueHeaders(records.at(header).cells, width);
    table.detectedMapping = ImportFields::suggestMapping(table.headers);
    auto mapping = table.mappingWith(options.mapping);
    if (!mapping)
        return mapping.error();
    table.mapping = mapping.value();
    if (auto chosen = chooseKeptColumns(table, options); !chosen)
        return chosen.error();
    return table;
}

Result<QMap<QString, QString>>
RegistrationTable::mappingWith(const QMap<QString, QString>& overrides) const
{
    QMap<QString, QString> result = detectedMapping;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!ImportFields::isKey(it.key()))
            return badInput(
                RegistrationTableText::tr("There is no field called \"%1\"; the fields are: %2.")
                    .arg(it.key(), ImportFields::keys().join(QLatin1String(", "))));
        result.remove(it.key());
        if (it.value().isEmpty())
            continue;
        const QString header = headerNamed(it.value());
        if (header.isEmpty())
            return badInput(
                RegistrationTableText::tr("There is no column \"%1\"; the columns are: %2.")
                    .arg(it.value(), headers.join(QLatin1String(", "))));
        // One column fills one field: the override takes it from a detected field.
        for (auto other = result.begin(); other != result.end();) {
            if (other.value() == header && !overrides.contains(other.key()))
                other = result.erase(other);
            else
                ++other;
        }
        result.insert(it.key(), header);
    }
    return result;
}

QString RegistrationTable::headerNamed(const QString& name) const
{
    if (headers.contains(name))
        return name;
    const QString wanted = foldForMatching(name.simplified());
    for (const QString& candidate : headers) {
        if (foldForMatching(candidate) == wanted)
            return candidate;
    }
    return {};
}

QStringList RegistrationTable::unmappedHeaders() const
{
    const QList<QString> used = mapping.values();
    QStringList unmapped;
    for (const QString& header : headers) {
        if (!used.contains(header))
            unmapped.append(header);
    }
    return unmapped;
}

void RegistrationTable::setKept(const QString& header, bool keep)
{
    if (keep)
        droppedColumns.remove(header);
    else
        droppedColumns.insert(header);
}

QList<DroppedColumn> RegistrationTable::droppedUnmapped() const
{
    QList<DroppedColumn> dropped;
    const QStringList unmapped = unmappedHeaders();
    for (const QString& header : unmapped) {
        if (keeps(header))
            continue;
        dropped.append({header, personalIdentityColumns.contains(header)
                                    ? RegistrationTableText::tr(
                                          "looks like personal identity numbers (personnummer)")
                                    : RegistrationTableText::tr("left out as chosen")});
    }
    return dropped;
}

QString RegistrationTable::cell(const TextRecord& row, const QString& header) const
{
    const int column = columnOf(header);
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

QList<RegistrationTable::DamagedField> RegistrationTable::damagedFields() const
{
    QList<DamagedField> fields;
    for (const TextRecord& row : rows) {
        for (const DamagedCell& cell : row.damaged) {
            const QString header =
                cell.column < headers.size()
                    ? headers.at(cell.column)
                    : RegistrationTableText::tr("Column %1").arg(cell.column + 1);
            fields.append({row.line, header, cell.damage});
        }
    }
    return fields;
}

QString RegistrationTable::DamagedField::description() const
{
    return (damage == CellDamage::InvalidCharacters
                ? QCoreApplication::translate("entre::RegistrationTable",
                                              "invalid characters in %1")
                : QCoreApplication::translate("entre::RegistrationTable",
                                              "NUL characters removed from %1"))
        .arg(header);
}

bool RegistrationTable::hasNameColumn() const
{
    return mapping.contains(QStringLiteral("first_name")) ||
           mapping.contains(QStringLiteral("last_name")) ||
           mapping.contains(QStringLiteral("full_name"));
}

} // namespace entre
