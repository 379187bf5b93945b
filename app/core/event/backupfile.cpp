#include "backupfile.h"

#include "eventbackups.h"
#include "store/eventstore.h"
#include "store/sqlitesettings.h"
#include "util/privatefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace entre::backupfile {
namespace {

// The texts of this file, in the context lupdate files them under.
struct EventBackupsText {
    Q_DECLARE_TR_FUNCTIONS(entre::EventBackups)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// One read-only, immutable connection to a backup: SQLite takes no lock and looks for no journal,
// so nothing is written beside the file, and the file itself is never changed.
class ImmutableReader {
public:
    explicit ImmutableReader(const QString& path)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("entre-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        settleSqliteSettings();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ImmutableReader()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ImmutableReader(const ImmutableReader&) = delete;
    ImmutableReader& operator=(const ImmutableReader&) = delete;

    // The first row of a statement, or the reason there is none.
    Result<QSqlQuery> firstRow(const QString& sql) const
    {
        if (!m_error.isEmpty())
            return failed(m_error);
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            return failed(query.lastError().text());
        if (!query.next())
            return failed(EventBackupsText::tr("No answer from the file."));
        return query;
    }

private:
    QString m_name;
    QString m_error;
};

Result<void> isEntreFile(const ImmutableReader& reader)
{
    auto id = reader.firstRow(QStringLiteral("PRAGMA application_id"));
    if (!id)
        return id.error();
    if (id->value(0).toInt() != EventStore::applicationId)
        return badInput(EventBackupsText::tr("It is not an Entré event file."));
    return {};
}

Result<void> syncFile(QFile& file)
{
#ifdef Q_OS_UNIX
    if (!file.flush() || ::fsync(file.handle()) != 0)
        return failed(EventBackupsText::tr("Cannot write %1: %2")
                          .arg(native(file.fileName()), systemError()));
#else
    if (!file.flush())
        return failed(EventBackupsText::tr("Cannot write %1: %2")
                          .arg(native(file.fileName()), file.errorString()));
#endif
    return {};
}

// Once renamed, the new name is on the disk only when its folder is synced too.
void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

Result<void> copyPrivately(const QString& source, const QString& partial)
{
    QFile::remove(partial);
    if (auto created = privatefile::createEmpty(partial); !created)
        return failed(EventBackupsText::tr("Cannot create %1: %2")
                          .arg(native(partial), created.error().message));
    QFile in(source);
    QFile out(partial);
    if (!in.open(QIODevice::ReadOnly))
        return failed(
            EventBackupsText::tr("Cannot read %1: %2").arg(native(source), in.errorString()));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(
            EventBackupsText::tr("Cannot write %1: %2").arg(native(partial), out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failed(
                EventBackupsText::tr("Cannot read %1: %2").arg(native(source), in.errorString()));
        if (out.write(chunk) != chunk.size())
            return failed(EventBackupsText::tr("Cannot write %1: %2")
                              .arg(native(partial), out.errorString()));
    }
    return syncFile(out);
}

} // namespace

Result<void> ensurePrivateFolder(const QString& path)
{
    const QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QFileInfo info(path);
    if (!info.exists()) {
        QDir parent(info.absolutePath());
        // The folders above belong to the system's data location; only the last one is ours.
        if (!parent.mkpath(QStringLiteral(".")) || !parent.mkdir(info.fileName(), ownerOnly))
            return failed(
                EventBackupsText::tr("Cannot create the backup folder %1.").arg(native(path)));
    } else if (!info.isDir()) {
        return failed(
            EventBackupsText::tr("%1 is in the way of the backup folder.").arg(native(path)));
    }
    if (!QFile::setPermissions(path, ownerOnly))
        return failed(
            EventBackupsText::tr("Cannot make the backup folder %1 private.").arg(native(path)));
    return {};
}

void readCounts(BackupInfo& info)
{
    ImmutableReader reader(info.path);
    if (auto entre = isEntreFile(reader); !entre) {
        info.unreadable = entre.error().message;
        return;
    }
    // People merged into another are not counted; a backup older than merging has none.
    auto counts = reader.firstRow(QStringLiteral(
        "SELECT count(*), count(checked_in_at) FROM attendees WHERE merged_into IS NULL"));
    if (!counts)
        counts =
            reader.firstRow(QStringLiteral("SELECT count(*), count(checked_in_at) FROM attendees"));
    if (!counts) {
        info.unreadable = counts.error().message;
        return;
    }
    info.registered = counts->value(0).toInt();
    info.arrived = counts->value(1).toInt();
}

Result<void> checkIntegrity(const QString& path)
{
    ImmutableReader reader(path);
    if (auto entre = isEntreFile(reader); !entre)
        return badInput(
            EventBackupsText::tr("%1 cannot be used: %2").arg(native(path), entre.error().message));
    auto check = reader.firstRow(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return badInput(
            EventBackupsText::tr("%1 cannot be used: %2").arg(native(path), check.error().message));
    if (check->value(0).toString() != QLatin1String("ok"))
        return badInput(EventBackupsText::tr("%1 is damaged: %2")
                            .arg(native(path), check->value(0).toString()));
    return {};
}

Result<void> replaceWithCopy(const QString& source, const QString& target)
{
    const QString partial = target + QStringLiteral(".restoring");
    if (auto copied = copyPrivately(source, partial); !copied) {
        QFile::remove(partial);
        return copied;
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString journal = target + QLatin1String(suffix);
        if (QFile::exists(journal) && !QFile::remove(journal)) {
            QFile::remove(partial);
            return failed(
                EventBackupsText::tr("Cannot remove %1, which belongs to the file being replaced.")
                    .arg(native(journal)));
        }
    }
#ifdef Q_OS_UNIX
    const bool renamed = std::rename(QFile::encodeName(partial).constData(),
                                     QFile::encodeName(target).constData()) == 0;
#else
    const bool renamed =
        (!QFile::exists(target) || QFile::remove(target)) && QFile::rename(partial, target);
#endif
    if (!renamed) {
        const QString why = systemError();
        QFile::remove(partial);
        return failed(EventBackupsText::tr("Cannot write %1: %2").arg(native(target), why));
    }
    syncFolder(QFileInfo(target).absolutePath());
    return {};
}

} // namespace entre::backupfile
