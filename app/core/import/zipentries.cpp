#include "zipentries.h"

#include <QCoreApplication>
#include <quazip.h>
#include <quazipfile.h>

namespace entre {

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

bool ZipEntries::contains(const QString& name) const
{
    return m_open && m_zip->setCurrentFile(name, QuaZip::csInsensitive);
}

Result<QByteArray> ZipEntries::read(const QString& name) const
{
    const QString damaged = QCoreApplication::translate(
        "entre::SpreadsheetReader", "The workbook is damaged or incomplete (%1 cannot be read).");
    if (!contains(name))
        return badInput(damaged.arg(name));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return badInput(damaged.arg(name));
    QByteArray bytes = file.readAll();
    const bool complete = file.atEnd() && file.getZipError() == UNZ_OK;
    file.close();
    if (!complete || file.getZipError() != UNZ_OK)
        return badInput(damaged.arg(name));
    return bytes;
}

} // namespace entre
