#pragma once

#include "csvparser.h"
#include "personalidentity.h"
#include "registrationtable.h"

#include <QList>
#include <QSet>

namespace entre {

// What reading a list learns from its records as they go by, one at a time: which record is the
// header, how wide the table is, how many data rows it has, which columns hold personal identity
// numbers and which cells reading had to repair. Keeps the data rows only when asked to; a list
// imported from its file is read again row by row instead (FileRows).
class TableScan {
public:
    explicit TableScan(bool keepRows);

    // Takes the next record of the file; a CsvParser::Stream sink.
    bool take(TextRecord&& record);
    // Fills in the table's header row, headers, data rows (when kept), row count, repaired cells
    // and personal identity columns. False when the file held no rows.
    bool finish(RegistrationTable& table);
    // Which record of the file (0-based, blank ones counted) is the header.
    qsizetype headerIndex() const { return m_headerIndex; }

    // Whether a record after the header is a data row (not blank); drops its trailing blank
    // cells.
    static bool dataRow(TextRecord& record);

private:
    void decideHeader();
    void takeData(TextRecord&& record);
    void takeKeys(const TextRecord& record);

    struct Damage {
        int line = 0;
        DamagedCell cell;
    };

    bool m_keepRows;
    QList<TextRecord> m_head; // the first records, until the header is known
    int m_nonBlankInHead = 0;
    qsizetype m_headerIndex = -1;
    TextRecord m_header;
    qsizetype m_width = 0;
    qint64 m_rowCount = 0;
    QList<PersonalIdentityTally> m_tallies;
    QList<int> m_keyColumns;  // whose header names a code or an identifier
    QSet<quint64> m_keysSeen; // their values so far, as ImportKeys::hash of ImportKeys::id
    bool m_keyValuesRepeat = false;
    QList<Damage> m_damaged;
    QList<TextRecord> m_rows;
};

} // namespace entre
