#include "csvparser.h"

#include "importlimits.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace entre::CsvParser {

using ImportLimits::Limit;

// The parser's state between pieces of text.
struct Stream::State {
    State(QChar delimiter, Sink sink, const ReadProgress& progress, bool limited)
        : m_delimiter(delimiter)
        , m_sink(std::move(sink))
        , m_ticker(progress)
    {
        m_record.line = 1;
        if (!limited) {
            m_maxField = m_maxColumns = m_maxRows = std::numeric_limits<qsizetype>::max();
            m_maxCells = std::numeric_limits<qint64>::max();
        }
    }

    Result<void> feed(QStringView piece, const QList<qsizetype>& pieceNuls, bool last)
    {
        // What the last piece held back comes first.
        QString joined;
        QStringView text = piece;
        m_nuls = m_carryNuls;
        if (!m_carry.isEmpty()) {
            joined = m_carry + piece;
            text = joined;
        }
        for (const qsizetype at : pieceNuls)
            m_nuls.append(at + m_carry.size());
        m_nextNul = 0;
        // A quote or CR at the end of a piece may be half of "" or CRLF: it waits for the next.
        qsizetype end = text.size();
        while (!last && end > 0 && (text[end - 1] == u'"' || text[end - 1] == u'\r'))
            --end;
        scan(text, end);
        m_carry = text.sliced(end).toString();
        m_carryNuls.clear();
        for (qsizetype n = m_nextNul; n < m_nuls.size(); ++n)
            m_carryNuls.append(m_nuls.at(n) - end);
        if (last && !m_over && !m_stopped) {
            noteNuls(end);
            if (!m_field.isEmpty() || !m_record.cells.isEmpty() || m_fieldWasQuoted)
                endRecord();
        }
        if (m_over)
            return ImportLimits::overLimit(*m_over);
        if (m_ticker.stopped())
            return readingCancelled();
        return {};
    }

    void scan(QStringView text, qsizetype end)
    {
        qsizetype i = 0;
        while (i < end && !m_over && !m_ticker.stopped() && !m_stopped) {
            const QChar c = text[i];
            // Ordinary characters are taken a run at a time, up to the next one that means
            // something here.
            if (const qsizetype run = ordinaryRun(text, i, end); run > i) {
                noteNuls(run - 1);
                append(text.sliced(i, run - i));
                i = run;
                continue;
            }
            noteNuls(i);
            if (m_inQuotes) {
                // Only a quote ends an ordinary run inside quotes.
                if (i + 1 < end && text[i + 1] == u'"') {
                    append(text.sliced(i, 1));
                    ++i;
                } else {
                    m_inQuotes = false;
                }
            } else if (c == m_delimiter) {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < end && text[i + 1] == u'\n')
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
                append(text.sliced(i, 1));
            }
            ++i;
        }
    }

    // Where the run of characters from `from` that are simply part of the field ends: inside
    // quotes anything but a quote (counting the line breaks), else anything but the delimiter,
    // a line break or a quote. After a closing quote every character is looked at on its own.
    qsizetype ordinaryRun(QStringView text, qsizetype from, qsizetype end)
    {
        qsizetype i = from;
        if (m_inQuotes) {
            for (; i < end && text[i] != u'"'; ++i) {
                const QChar c = text[i];
                if (c == u'\n' || (c == u'\r' && !(i + 1 < end && text[i + 1] == u'\n')))
                    ++m_line;
            }
            return i;
        }
        if (m_fieldWasQuoted)
            return from;
        for (; i < end; ++i) {
            const QChar c = text[i];
            if (c == m_delimiter || c == u'\r' || c == u'\n' || c == u'"')
                break;
        }
        return i;
    }

    void append(QStringView run)
    {
        if (m_field.size() + run.size() > m_maxField) {
            m_over = Limit::FieldChars;
            return;
        }
        m_field.append(run);
        if (m_fieldBlank)
            m_fieldBlank = std::all_of(run.begin(), run.end(), [](QChar c) { return c.isSpace(); });
        if (run.contains(QChar::ReplacementCharacter))
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
        if (m_over)
            return;
        if (m_count >= m_maxRows) {
            m_over = Limit::Rows;
            return;
        }
        ++m_count;
        m_stopped = !m_sink(std::move(m_record));
        m_ticker.row(m_count);
        m_record = TextRecord{};
        m_record.line = m_line;
    }

    QChar m_delimiter;
    Sink m_sink;
    qsizetype m_maxField = ImportLimits::fieldChars;
    qsizetype m_maxColumns = ImportLimits::columns;
    qsizetype m_maxRows = ImportLimits::rows;
    qint64 m_maxCells = ImportLimits::cells;
    std::optional<Limit> m_over;
    ProgressTicker m_ticker;
    qsizetype m_count = 0;
    bool m_stopped = false;
    TextRecord m_record;
    QString m_field;
    QString m_carry;              // the end of the last piece, held back
    QList<qsizetype> m_carryNuls; // NULs removed within or just after m_carry
    QList<qsizetype> m_nuls;      // of the piece being read
    bool m_inQuotes = false;
    bool m_fieldWasQuoted = false;
    bool m_fieldBlank = true; // only white space so far: an opening quote may still come
    bool m_fieldInvalid = false;
    bool m_fieldNul = false;
    qsizetype m_nextNul = 0;
    qint64 m_cells = 0;
    int m_line = 1;
};

Stream::Stream(QChar delimiter, Sink sink, const ReadProgress& progress)
    : m_state(std::make_unique<State>(delimiter, std::move(sink), progress, true))
{}

Stream::~Stream() = default;

Result<void> Stream::feed(QStringView text, const QList<qsizetype>& nulRemovedAt, bool last)
{
    return m_state->feed(text, nulRemovedAt, last);
}

bool Stream::stopped() const
{
    return m_state->m_stopped;
}

namespace {

// Every record of `text`, or the first `maxRecords`.
Result<QList<TextRecord>> parseAll(QStringView text, QChar delimiter,
                                   const QList<qsizetype>& nulRemovedAt, bool limited,
                                   qsizetype maxRecords, const ReadProgress& progress = {})
{
    QList<TextRecord> records;
    Stream::State state(
        delimiter,
        [&records, maxRecords](TextRecord&& record) {
            records.append(std::move(record));
            return records.size() < maxRecords;
        },
        progress, limited);
    if (auto done = state.feed(text, nulRemovedAt, true); !done)
        return done.error();
    return records;
}

} // namespace

Result<QList<TextRecord>> parse(QStringView text, QChar delimiter,
                                const QList<qsizetype>& nulRemovedAt, const ReadProgress& progress)
{
    return parseAll(text, delimiter, nulRemovedAt, true, ImportLimits::rows + 1, progress);
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
    QChar best;
    int bestFrequency = 0;
    qsizetype bestWidth = 0;
    for (const QChar candidate : {QChar(u';'), QChar(u'\t'), QChar(u','), QChar(u'|')}) {
        if (!sample.contains(candidate))
            continue;
        QHash<qsizetype, int> widths;
        int counted = 0;
        // The sample is small, so the limits need not apply: a file over them is refused later.
        const auto records = parseAll(sample, candidate, {}, false, 1000);
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
