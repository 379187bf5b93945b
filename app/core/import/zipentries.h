#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QuaZip;

namespace entre {

// Reads whole entries of a zip archive, with the archive's damage reported as bad input.
class ZipEntries {
public:
    explicit ZipEntries(const QString& path);
    ~ZipEntries();
    ZipEntries(const ZipEntries&) = delete;
    ZipEntries& operator=(const ZipEntries&) = delete;

    bool isOpen() const;
    bool contains(const QString& name) const;
    // The entry's bytes; an error when it is missing or damaged (checksum, truncation).
    Result<QByteArray> read(const QString& name) const;

private:
    std::unique_ptr<QuaZip> m_zip;
    bool m_open = false;
};

} // namespace entre
