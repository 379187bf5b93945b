#include "zipentries.h"

#include <QCoreApplication>
#include <quazip.h>
#include <quazipfile.h>

namespace entre {

using ImportLimits::Limit;

ZipEntryStream::ZipEntryStream(const ZipEntries& zip, std::unique_ptr<QuaZipFile> file,
                               QString name)
    : m_zip(zip)
    , m_file(std::move(file))
    , m_name(std::move(name))
{
    QIODevice::open(QIODevice::ReadOnly);
}

ZipEntryStream::~ZipEntryStream()
{
    if (m_file->isOpen())
        m_file->close();
}

qint64 ZipEntryStream::readData(char* data, qint64 maxSize)
{
    if (m_over || m_damaged || m_ended)
        return -1;
    if (maxSize <= 0)
        return 0;
    const qint64 got = m_file->read(data, maxSize);
    if (got < 0 || m_file->getZipError() != UNZ_OK) {
        m_damaged = true;
        return -1;
    }
    if (got == 0) {
        m_ended = true;
        return -1;
    }
    m_read += got;
    m_zip.m_totalRead += got;
    if (m_read > ImportLimits::zipEntryBytes)
        m_over = Limit::ZipEntryBytes;
    else if (m_zip.m_totalRead > ImportLimits::zipTotalBytes)
        m_over = Limit::ZipTotalBytes;
    scan(data, got);
    return m_over ? -1 : got;
}

// Bounds what the XML reader will hold, or spend time on, before it sees the bytes.
void ZipEntryStream::scan(const char* data, qint64 size)
{
    const char* end = data + size;
    for (const char* p = data; p < end && !m_over; ++p) {
        const char c = *p;
        if (c == '<')
            m_sinceTag = 0;
        else if (++m_sinceTag > ImportLimits::xmlRunBytes)
            m_over = Limit::XmlRunBytes;
        switch (m_markup) {
        case Markup::Text:
            if (c == '<') {
                m_markup = Markup::Tag;
                m_attributes = 0;
            }
            break;
        case Markup::Tag:
            if (c == '"' || c == '\'') {
                m_markup = Markup::Quoted;
                m_quote = c;
            } else if (c == '>') {
                m_markup = Markup::Text;
            } else if (c == '=' && ++m_attributes > ImportLimits::xmlAttributes) {
                m_over = Limit::XmlAttributes;
            }
            break;
        case Markup::Quoted:
            if (c == m_quote)
                m_markup = Markup::Tag;
            break;
        }
    }
}

bool ZipEntryStream::atEnd() const
{
    return QIODevice::bytesAvailable() == 0 && (m_over || m_damaged || m_ended);
}

qint64 ZipEntryStream::bytesAvailable() const
{
    const bool more = !(m_over || m_damaged || m_ended);
    return QIODevice::bytesAvailable() + (more ? 1 : 0);
}

Result<void> ZipEntryStream::status() const
{
    if (m_over)
        return ImportLimits::overLimit(*m_over);
    if (m_damaged)
        return ZipEntries::damaged(m_name);
    return {};
}

Result<void> ZipEntryStream::finish()
{
    char buffer[64 * 1024];
    while (!m_over && !m_damaged && !m_ended)
        readData(buffer, sizeof buffer);
    if (m_over)
        return ImportLimits::overLimit(*m_over);
    if (m_file->isOpen()) {
        m_file->close();
        if (m_file->getZipError() != UNZ_OK)
            m_damaged = true;
    }
    if (m_damaged)
        return ZipEntries::damaged(m_name);
    return {};
}

ZipEntries::ZipEntries(const QString& path)
    : m_zip(std::make_unique<QuaZip>(path))
{
    m_open = m_zip->open(QuaZip::mdUnzip);
}

ZipEntries::~ZipEntries()
{
    if (m_open)
        m_zip->close();
}

bool ZipEntries::isOpen() const
{
    return m_open;
}

qint64 ZipEntries::entryCount() const
{
    return m_open ? m_zip->getEntriesCount() : 0;
}

bool ZipEntries::contains(const QString& name) const
{
    return m_open && m_zip->setCurrentFile(name, QuaZip::csInsensitive);
}

Error ZipEntries::damaged(const QString& name)
{
    return badInput(
        QCoreApplication::translate("entre::SpreadsheetReader",
                                    "The workbook is damaged or incomplete (%1 cannot be read).")
            .arg(name));
}

Result<std::unique_ptr<ZipEntryStream>> ZipEntries::open(const QString& name) const
{
    if (!contains(name))
        return damaged(name);
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return damaged(name);
    return std::make_unique<ZipEntryStream>(*this, std::move(file), name);
}

} // namespace entre
