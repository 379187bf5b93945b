#pragma once

#include "rowsource.h"
#include "textfilereader.h"

#include <memory>

namespace entre {

// The data rows of a text export, read from the file again on every pass, a piece at a time:
// the records up to the header left out, blank rows skipped and trailing blank cells dropped,
// as RegistrationTable::read() gives them.
class FileRows final : public RowSource {
public:
    FileRows(std::unique_ptr<TextFileReader> reader, qsizetype headerIndex, qint64 rowCount);

    Result<bool> next(TextRecord& record) override;
    Result<void> rewind() override;
    qint64 size() const override { return m_rowCount; }

private:
    std::unique_ptr<TextFileReader> m_reader;
    qsizetype m_headerIndex;
    qint64 m_rowCount;
    qsizetype m_recordIndex = 0; // of the file's records, header and blank ones counted
    QList<TextRecord> m_queue;   // the data rows of the piece read last
    qsizetype m_next = 0;
    bool m_started = false;
};

} // namespace entre
