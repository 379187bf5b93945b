#pragma once

#include "csvparser.h"
#include "util/result.h"

#include <QList>

namespace entre {

// The data rows of a registration list, one at a time, as many times over as the import needs:
// read from the file as they are needed (a text file of any length in bounded memory), or from
// a table already read.
class RowSource {
public:
    virtual ~RowSource() = default;
    // The next data row into `record`; false after the last.
    virtual Result<bool> next(TextRecord& record) = 0;
    // Starts again at the first data row.
    virtual Result<void> rewind() = 0;
    // How many data rows there are.
    virtual qint64 size() const = 0;
};

// The rows of a table in memory (a workbook, or the import wizard's preview).
class ListRows final : public RowSource {
public:
    explicit ListRows(QList<TextRecord> rows)
        : m_rows(std::move(rows))
    {}
    Result<bool> next(TextRecord& record) override
    {
        if (m_next >= m_rows.size())
            return false;
        record = m_rows.at(m_next++);
        return true;
    }
    Result<void> rewind() override
    {
        m_next = 0;
        return {};
    }
    qint64 size() const override { return m_rows.size(); }

private:
    QList<TextRecord> m_rows; // shared with the table, not copied
    qsizetype m_next = 0;
};

} // namespace entre
