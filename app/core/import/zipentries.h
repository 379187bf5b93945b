#pragma once

#include "importlimits.h"
#include "util/result.h"

#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace entre {

class ZipEntries;

// One entry of a zip archive read in chunks, whatever size it declares: reading stops with an
// error at the limits of importlimits.h (the entry's size, the archive's total, the length of
// a run of XML between two '<'). Parse it, then call finish() for damage or a limit crossed.
class ZipEntryStream : public QIODevice {
public:
    ZipEntryStream(const ZipEntries& zip, std::unique_ptr<QuaZipFile> file, QString name);
    ~ZipEntryStream() override;

    bool isSequential() const override { return true; }
    // QIODevice would call a sequential device at its end once its buffer is empty.
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    // A limit crossed or damage found so far.
    Result<void> status() const;
    // Reads what is left (so the checksum is verified) and says whether all went well.
    Result<void> finish();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    void scan(const char* data, qint64 size);
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const ZipEntries& m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_name;
    qint64 m_read = 0;
    qint64 m_sinceTag = 0; // bytes since the last '<'
    // Where the scan is in the XML markup, to count an element's attributes by their '='.
    enum class Markup { Text, Tag, Quoted } m_markup = Markup::Text;
    char m_quote = 0;
    int m_attributes = 0;
    std::optional<ImportLimits::Limit> m_over;
    bool m_damaged = false;
    bool m_ended = false;
};

// The entries of a zip archive, with the archive's damage reported as bad input.
class ZipEntries {
public:
    explicit ZipEntries(const QString& path);
    ~ZipEntries();
    ZipEntries(const ZipEntries&) = delete;
    ZipEntries& operator=(const ZipEntries&) = delete;

    bool isOpen() const;
    // The number of entries the archive's directory lists.
    qint64 entryCount() const;
    bool contains(const QString& name) const;
    // The entry for reading in chunks; an error when it is missing or cannot be opened.
    Result<std::unique_ptr<ZipEntryStream>> open(const QString& name) const;

    static Error damaged(const QString& name);

private:
    friend class ZipEntryStream;
    std::unique_ptr<QuaZip> m_zip;
    bool m_open = false;
    mutable qint64 m_totalRead = 0; // uncompressed bytes read from all entries
};

} // namespace entre
