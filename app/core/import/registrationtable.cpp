#include "registrationtable.h"

#include "filerows.h"
#include "importfields.h"
#include "importlimits.h"
#include "spreadsheetreader.h"
#include "tablescan.h"
#include "textfilereader.h"
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

Error noColumn(const RegistrationTable& table, const QString& name)
{
    return badInput(QCoreApplication::translate("entre::RegistrationTable",
                                                "There is no column \"%1\"; the columns are: %2.")
                        .arg(name, table.headers.join(QLatin1String(", "))));
}

// Personal identity numbers are left out unless kept by name; any column may be dropped.
Result<void> chooseKeptColumns(RegistrationTable& table, const ImportOptions& options)
{
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

// Reads the file through once, keeping its rows or not; for a text file, also the reader to
// read them again with.
struct Loaded {
    RegistrationTable table;
    std::unique_ptr<TextFileReader> reader;
    qsizetype headerIndex = -1;
};

Result<void> readWorkbook(const QString& path, const ImportOptions& options,
                          RegistrationTable& table, TableScan& scan)
{
    auto sheet = SpreadsheetReader::read(path, options.sheet, options.progress);
    if (!sheet)
        return sheet.error();
    table.format = path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive)
                       ? QStringLiteral("ods")
                       : QStringLiteral("xlsx");
    table.sheetNames = sheet->sheetNames;
    for (TextRecord& record : sheet->rows)
        scan.take(std::move(record));
    return {};
}

Result<std::unique_ptr<TextFileReader>> readTextFile(const QString& path,
                                                     const ImportOptions& options,
                                                     RegistrationTable& table, TableScan& scan)
{
    auto reader = TextFileReader::open(path, options.encoding, options.delimiter);
    if (!reader)
        return reader.error();
    TextFileReader& text = *reader.value();
    if (auto read = text.readRecords([&scan](TextRecord&& r) { return scan.take(std::move(r)); },
                                     options.progress);
        !read)
        return read.error();
    table.format = QStringLiteral("csv");
    table.encoding = text.encoding();
    table.delimiter = QString(text.delimiter());
    table.invalidCharacters = text.invalidCharacters();
    table.nulBytesRemoved = text.nulCount();
    return reader;
}

Result<Loaded> load(const QString& path, const ImportOptions& options, bool keepRows)
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

    Loaded loaded;
    RegistrationTable& table = loaded.table;
    table.sourceName = QFileInfo(path).fileName();
    // A workbook is read whole whatever is asked: its rows are kept.
    const bool zip = SpreadsheetReader::isZip(head);
    TableScan scan(keepRows || zip);
    if (zip) {
        if (auto read = readWorkbook(path, options, table, scan); !read)
            return read.error();
    } else {
        if (file.size() > ImportLimits::textFileBytes)
            return ImportLimits::overLimit(ImportLimits::Limit::TextFileBytes);
        auto reader = readTextFile(path, options, table, scan);
        if (!reader)
            return reader.error();
        loaded.reader = std::move(reader.value());
    }
    if (!scan.finish(table))
        return badInput(RegistrationTableText::tr("The file %1 holds no rows.")
                            .arg(QDir::toNativeSeparators(path)));
    loaded.headerIndex = scan.headerIndex();
    table.detectedMapping = ImportFields::suggestMapping(table.headers);
    auto mapping = table.mappingWith(options.mapping);
    if (!mapping)
        return mapping.error();
    table.mapping = mapping.value();
    if (auto chosen = chooseKeptColumns(table, options); !chosen)
        return chosen.error();
    return loaded;
}

} // namespace

Result<RegistrationTable> RegistrationTable::read(const QString& path, const ImportOptions& options)
{
    auto loaded = load(path, options, true);
    if (!loaded)
        return loaded.error();
    return std::move(loaded->table);
}

Result<StreamedTable> RegistrationTable::stream(const QString& path, const ImportOptions& options)
{
    auto loaded = load(path, options, false);
    if (!loaded)
        return loaded.error();
    StreamedTable streamed;
    streamed.table = std::move(loaded->table);
    if (loaded->reader)
        streamed.rows = std::make_unique<FileRows>(std::move(loaded->reader), loaded->headerIndex,
                                                   streamed.table.rowCount);
    else
        streamed.rows = std::make_unique<ListRows>(streamed.table.rows);
    return streamed;
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
