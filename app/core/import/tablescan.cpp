#include "tablescan.h"

#include "importfields.h"
#include "importkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct TableScanText {
    Q_DECLARE_TR_FUNCTIONS(entre::RegistrationTable)
};

// The header is the row among the first few that names the most known fields; title rows
// above it ("Deltagarlista 15 juni") name none. Without any, the first row is the header.
constexpr int headerCandidates = 15;

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

qsizetype findHeader(const QList<TextRecord>& records)
{
    qsizetype best = -1;
    int bestCount = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (isBlank(records.at(i).cells))
            continue;
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
            header = TableScanText::tr("Column %1").arg(i + 1);
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

} // namespace

TableScan::TableScan(bool keepRows)
    : m_keepRows(keepRows)
{}

bool TableScan::dataRow(TextRecord& record)
{
    if (isBlank(record.cells))
        return false;
    while (!record.cells.isEmpty() && record.cells.constLast().trimmed().isEmpty())
        record.cells.removeLast();
    return true;
}

bool TableScan::take(TextRecord&& record)
{
    if (m_headerIndex >= 0) {
        takeData(std::move(record));
        return true;
    }
    if (!isBlank(record.cells))
        ++m_nonBlankInHead;
    m_head.append(std::move(record));
    if (m_nonBlankInHead == headerCandidates)
        decideHeader();
    return true;
}

void TableScan::decideHeader()
{
    m_headerIndex = findHeader(m_head);
    if (m_headerIndex < 0)
        return;
    m_header = m_head.at(m_headerIndex);
    m_width = m_header.cells.size();
    while (m_width > 0 && m_header.cells.at(m_width - 1).trimmed().isEmpty())
        --m_width;
    const QStringList identifierKeys = ImportFields::identifierKeys();
    for (int c = 0; c < int(m_width); ++c) {
        const QString field = ImportFields::recognise(m_header.cells.at(c));
        if (field == QLatin1String("code") || identifierKeys.contains(field))
            m_keyColumns.append(c);
    }
    QList<TextRecord> head = std::move(m_head);
    m_head.clear();
    for (qsizetype i = m_headerIndex + 1; i < head.size(); ++i)
        takeData(std::move(head[i]));
}

void TableScan::takeData(TextRecord&& record)
{
    if (!dataRow(record))
        return;
    ++m_rowCount;
    m_width = std::max(m_width, record.cells.size());
    if (m_tallies.size() < record.cells.size())
        m_tallies.resize(record.cells.size());
    for (qsizetype c = 0; c < record.cells.size(); ++c)
        m_tallies[c].add(record.cells.at(c));
    takeKeys(record);
    for (const DamagedCell& cell : std::as_const(record.damaged))
        m_damaged.append({record.line, cell});
    if (m_keepRows)
        m_rows.append(std::move(record));
}

// Notes whether a code or an identifier of this row was in an earlier row. A value in two columns
// of the same row is one.
void TableScan::takeKeys(const TextRecord& record)
{
    if (m_keyValuesRepeat)
        return;
    QVarLengthArray<quint64, 4> keys;
    for (const int c : std::as_const(m_keyColumns)) {
        if (c >= record.cells.size())
            continue;
        const QString key = ImportKeys::id(record.cells.at(c));
        if (key.isEmpty())
            continue;
        const quint64 hash = ImportKeys::hash(key);
        if (keys.contains(hash))
            continue;
        keys.append(hash);
        const qsizetype before = m_keysSeen.size();
        m_keysSeen.insert(hash);
        if (m_keysSeen.size() == before) {
            m_keyValuesRepeat = true;
            m_keysSeen = {}; // the import reads the list again to learn which
            return;
        }
    }
}

bool TableScan::finish(RegistrationTable& table)
{
    if (m_headerIndex < 0)
        decideHeader();
    if (m_headerIndex < 0)
        return false;
    table.headerRow = m_header.line;
    table.headers = uniqueHeaders(m_header.cells, m_width);
    table.rows = std::move(m_rows);
    table.rowCount = m_rowCount;
    table.keyColumnsScanned = m_keyColumns;
    table.keyValuesRepeat = m_keyValuesRepeat;
    table.personalIdentityColumns.clear();
    for (qsizetype c = 0; c < m_tallies.size(); ++c) {
        if (m_tallies.at(c).looksLikePersonalIdentityNumbers())
            table.personalIdentityColumns.append(table.headers.at(c));
    }
    table.damaged.clear();
    for (const Damage& damage : std::as_const(m_damaged)) {
        const int column = damage.cell.column;
        const QString header = column < table.headers.size()
                                   ? table.headers.at(column)
                                   : TableScanText::tr("Column %1").arg(column + 1);
        table.damaged.append({damage.line, header, damage.cell.damage});
    }
    return true;
}

} // namespace entre
