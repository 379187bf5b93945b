#include "csvparser.h"

#include "importlimits.h"

#include <QHash>

#include <limits>

namespace entre::CsvParser {
namespace {

using ImportLimits::Limit;

class Parser {
public:
    Parser(QStringView text, QChar delimiter, const QList<qsizetype>& nulRemovedAt, bool limited,
           const ReadProgress& progress = {})
        : m_text(text)
        , m_delimiter(delimiter)
        , m_nuls(nulRemovedAt)
        , m_ticker(progress)
    {
        if (!limited) {
            m_maxField = m_maxColumns = m_maxRows = std::numeric_limits<qsizetype>::max();
            m_maxCells = std::numeric_limits<qint64>::max();
        }
    }

    // Stops after `maxRecords` records, or at the first limit crossed.
    Result<QList<TextRecord>> run(qsizetype maxRecords)
    {
        m_record.line = 1;
        const qsizetype size = m_text.size();
        for (qsizetype i = 0;
             i < size && !m_over && !m_ticker.stopped() && m_records.size() < maxRecords; ++i) {
            noteNuls(i);
            const QChar c = m_text[i];
            if (m_inQuotes) {
                if (c == u'"') {
                    if (i + 1 < size && m_text[i + 1] == u'"') {
                        append(c);
                        ++i;
                    } else {
                        m_inQuotes = false;
                    }
                } else {
                    if (c == u'\n' || (c == u'\r' && !(i + 1 < size && m_text[i + 1] == u'\n')))
                        ++m_line;
                    append(c);
                }
                continue;
            }
            if (c == m_delimiter) {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < size && m_text[i + 1] == u'\n')
                    ++i;
                ++m_line;
                endRecord();
            } else if (m_fieldWasQuoted && c.isSpace()) {
                // White space between a closing quote and the delimiter is not part of the field.
            } else if (c == u'"' && m_fieldBlank && !m_fieldWasQuoted) {
                m_field.clear();
                m_inQuotes = true;
                m_fieldWasQuoted = true;
            } else {
                append(c);
            }
        }
        if (!m_over && m_records.size() < maxRecords) {
            noteNuls(size);
            if (!m_field.isEmpty() || !m_record.cells.isEmpty() || m_fieldWasQuoted)
                endRecord();
        }
        if (m_over)
            return ImportLimits::overLimit(*m_over);
        if (m_ticker.stopped())
            return readingCancelled();
        return std::move(m_records);
    }

private:
    void append(QChar c)
    {
        if (m_field.size() >= m_maxField) {
            m_over = Limit::FieldChars;
            return;
        }
        m_field.append(c);
        if (!c.isSpace())
            m_fieldBlank = false;
        if (c == QChar::ReplacementCharacter)
            m_fieldInvalid = true;
    }

    // A NUL removed at offset p was inside whatever field the character at p belongs to.
    void noteNuls(qsizetype offset)
    {
        while (m_nextNul < m_nuls.size() && m_nuls.at(m_nextNul) <= offset) {
            m_fieldNul = true;
            ++m_nextNul;
        }
    }

    void endField()
    {
        if (m_record.cells.size() >= m_maxColumns) {
            m_over = Limit::Columns;
            return;
        }
        if (++m_cells > m_maxCells) {
            m_over = Limit::Cells;
            return;
        }
        const int column = int(m_record.cells.size());
        if (m_fieldInvalid)
            m_record.damaged.append({column, CellDamage::InvalidCharacters});
        if (m_fieldNul)
            m_record.damaged.append({column, CellDamage::NulRemoved});
        m_record.cells.append(m_fieldWasQuoted ? m_field : m_field.trimmed());
        m_field.clear();
        m_fieldWasQuoted = false;
        m_fieldBlank = true;
        m_fieldInvalid = false;
        m_fieldNul = false;
    }

    void endRecord()
    {
        endField();
        if (m_records.size() >= m_maxRows) {
            m_over = Limit::Rows;
            return;
        }
        m_records.append(std::move(m_record));
        m_ticker.row(m_records.size());
        m_record = TextRecord{};
        m_record.line = m_line;
    }

    QStringView m_text;
    QChar m_delimiter;
    const QList<qsizetype>& m_nuls;
    qsizetype m_maxField = ImportLimits::fieldChars;
    qsizetype m_maxColumns = ImportLimits::columns;
    qsizetype m_maxRows = ImportLimits::rows;
    qint64 m_maxCells = ImportLimits::cells;
    std::optional<Limit> m_over;
    ProgressTicker m_ticker;
    QList<TextRecord> m_records;
    TextRecord m_record;
    QString m_field;
    bool m_inQuotes = false;
    bool m_fieldWasQuoted = false;
    bool m_fieldBlank = true; // only white space so far: an opening quote may still come
    bool m_fieldInvalid = false;
    bool m_fieldNul = false;
    qsizetype m_nextNul = 0;
    qint64 m_cells = 0;
    int m_line = 1;
};

} // namespace

Result<QList<TextRecord>> parse(QStringView text, QChar delimiter,
                                const QList<qsizetype>& nulRemovedAt, const ReadProgress& progress)
{
    return Parser(text, delimiter, nulRemovedAt, true, progress).run(ImportLimits::rows + 1);
}

QChar detectDelimiter(QStringView text)
{
    // A sample is enough, cut at a line end so that the last record is whole.
    QStringView sample = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    if (sample.size() < text.size()) {
        const qsizetype end = sample.lastIndexOf(u'\n');
        if (end > 0)
            sample = sample.first(end);
    }
    const QList<qsizetype> noNuls;
    QChar best;
    int bestFrequency = 0;
    qsizetype bestWidth = 0;
    for (const QChar candidate : {QChar(u';'), QChar(u'\t'), QChar(u','), QChar(u'|')}) {
        if (!sample.contains(candidate))
            continue;
        QHash<qsizetype, int> widths;
        int counted = 0;
        // The sample is small, so the limits need not apply: a file over them is refused later.
        const auto records = Parser(sample, candidate, noNuls, false).run(1000);
        for (const TextRecord& record : records.value()) {
            if (record.cells.size() == 1 && record.cells.first().isEmpty())
                continue;
            ++widths[record.cells.size()];
            if (++counted == 50)
                break;
        }
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.key() < 2)
                continue;
            if (it.value() > bestFrequency ||
                (it.value() == bestFrequency && it.key() > bestWidth)) {
                best = candidate;
                bestFrequency = it.value();
                bestWidth = it.key();
            }
        }
    }
    return best;
}

} // namespace entre::CsvParser
