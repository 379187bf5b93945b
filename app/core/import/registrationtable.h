#pragma once

#include "csvparser.h"
#include "importoptions.h"
#include "rowsource.h"
#include "util/result.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace entre {

struct StreamedTable;

// A registration list as read from its file, before anything touches the event: the header
// row, the data rows with their row numbers, what was detected and the column mapping.
// The import wizard previews it; RegistrationImporter imports it.
struct RegistrationTable {
    QString format;     // "csv", "xlsx" or "ods"
    QString encoding;   // text files only, e.g. "UTF-8"
    QString delimiter;  // text files only: ";" "," "\t" "|"
    QString sourceName; // the file's name without its folder, for the event's history
    QStringList sheetNames;
    int headerRow = 0;      // 1-based line/row number of the header
    QStringList headers;    // unique, non-empty ("Column 7" where the file has none)
    QList<TextRecord> rows; // empty when the table is streamed
    qint64 rowCount = 0;    // data rows in the file
    QMap<QString, QString> detectedMapping; // field -> header, as recognised
    QMap<QString, QString> mapping;         // field -> header, with the options' overrides
    // Columns whose values look like personal identity numbers (personnummer).
    QStringList personalIdentityColumns;
    // Columns not stored when they have no field: those with personal identity numbers, unless
    // the options keep them, and those the options drop.
    QSet<QString> droppedColumns;
    // The columns whose header names a code or an identifier, as reading found them, and whether
    // any value of theirs (as ImportKeys::id folds it) is in two rows: when none is, nobody in the
    // list shares a code and the import reads the list once.
    QList<int> keyColumnsScanned;
    bool keyValuesRepeat = true;
    qsizetype invalidCharacters = 0; // text files: bytes not valid in `encoding` (U+FFFD)
    qsizetype nulBytesRemoved = 0;   // text files: NUL bytes, removed

    // A cell of a data row that reading had to repair, for the import's summary.
    struct DamagedField {
        int row = 0; // as TextRecord::line
        QString header;
        CellDamage damage = CellDamage::InvalidCharacters;
        // "invalid characters in Efternamn", translated.
        QString description() const;
    };

    // Reads the whole file. Bad input (empty, binary, damaged workbook, a mapping naming a
    // column that is not there) comes back as an error saying why.
    static Result<RegistrationTable> read(const QString& path, const ImportOptions& options = {});
    // The same, but the data rows are not kept: they come from the file again, a row at a time,
    // so that a text file of any length takes the same memory. Reading checks the whole file.
    static Result<StreamedTable> stream(const QString& path, const ImportOptions& options = {});

    // The same rows with another mapping: every field in `overrides` replaces the detected
    // one ("" = unused). Fails when a header named there is not in the table.
    Result<QMap<QString, QString>> mappingWith(const QMap<QString, QString>& overrides) const;

    // The header `name` means: itself, or the one equal to it with case and accents aside; ""
    // when there is none.
    QString headerNamed(const QString& name) const;
    // The columns without a field, in file order; whether such a column goes to the extra fields.
    QStringList unmappedHeaders() const;
    bool keeps(const QString& header) const { return !droppedColumns.contains(header); }
    void setKept(const QString& header, bool keep);
    // The columns without a field that are not stored, with the reason, in file order.
    QList<DroppedColumn> droppedUnmapped() const;

    int columnOf(const QString& header) const { return int(headers.indexOf(header)); }
    QString cell(const TextRecord& row, const QString& header) const;
    // Every repaired cell of the data rows, in row order.
    QList<DamagedField> damaged;
    const QList<DamagedField>& damagedFields() const { return damaged; }
    bool hasNameColumn() const;
};

// A table whose rows are read from its file as they are needed.
struct StreamedTable {
    RegistrationTable table;
    std::unique_ptr<RowSource> rows;
};

} // namespace entre
