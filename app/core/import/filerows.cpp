#include "filerows.h"

#include "tablescan.h"

namespace entre {

FileRows::FileRows(std::unique_ptr<TextFileReader> reader, qsizetype headerIndex, qint64 rowCount)
    : m_reader(std::move(reader))
    , m_headerIndex(headerIndex)
    , m_rowCount(rowCount)
{}

Result<void> FileRows::rewind()
{
    m_queue.clear();
    m_next = 0;
    m_recordIndex = 0;
    m_started = true;
    return m_reader->start([this](TextRecord&& record) {
        if (m_recordIndex++ > m_headerIndex && TableScan::dataRow(record))
            m_queue.append(std::move(record));
        return true;
    });
}

Result<bool> FileRows::next(TextRecord& record)
{
    if (!m_started) {
        if (auto started = rewind(); !started)
            return started.error();
    }
    while (m_next >= m_queue.size()) {
        m_queue.clear();
        m_next = 0;
        auto more = m_reader->readPiece();
        if (!more)
            return more.error();
        if (!more.value())
            return false;
    }
    record = std::move(m_queue[m_next++]);
    return true;
}

} // namespace entre
