#include "eventbackups.h"

#include "backupfile.h"
#include "event.h"
#include "store/eventjournal.h"
#include "store/sqlquery.h"
#include "util/privatefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct EventBackupsText {
    Q_DECLARE_TR_FUNCTIONS(entre::EventBackups)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Backups are named for the UTC second they were taken, so that they sort by time whatever
// the clock's time zone does: 20261202-171500.entre, 20261202-171500-2.entre for a second one in
// the same second, and ...-before-restore.entre for the event as it was before a restore.
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString beforeRestoreTag = QStringLiteral("-before-restore");

const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8}-\\d{6})(?:-(\\d+))?(-before-restore)?\\.entre$"));
    return pattern;
}

struct BackupName {
    QString fileName;
    QString stamp;
    int sequence = 1;
    bool beforeRestore = false;
};

std::optional<BackupName> parseName(const QString& fileName)
{
    const auto match = namePattern().match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    BackupName name{fileName, match.captured(1), 1, match.hasCaptured(3)};
    if (match.hasCaptured(2))
        name.sequence = match.captured(2).toInt();
    return name;
}

QString composeName(const QString& stamp, int sequence, bool beforeRestore)
{
    QString name = stamp;
    if (sequence > 1)
        name += QLatin1Char('-') + QString::number(sequence);
    if (beforeRestore)
        name += beforeRestoreTag;
    return name + QStringLiteral(".entre");
}

// Newest first.
QList<BackupName> backupNames(const QString& directory)
{
    QList<BackupName> names;
    const QStringList files = QDir(directory).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (auto name = parseName(file))
            names.append(*name);
    }
    std::sort(names.begin(), names.end(), [](const BackupName& a, const BackupName& b) {
        if (a.stamp != b.stamp)
            return a.stamp > b.stamp;
        return a.sequence > b.sequence;
    });
    return names;
}

BackupInfo describe(const QString& directory, const BackupName& name)
{
    BackupInfo info;
    info.path = QDir(directory).filePath(name.fileName);
    QDateTime taken = QDateTime::fromString(name.stamp, stampFormat);
    taken.setTimeSpec(Qt::UTC);
    info.takenAt = taken;
    info.beforeRestore = name.beforeRestore;
    return info;
}

QString folderFor(const QString& eventPath)
{
    const QFileInfo info(eventPath);
    QString where = info.canonicalFilePath();
    if (where.isEmpty())
        where = info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash);
}

} // namespace

QString EventBackups::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

EventBackups::EventBackups(const QString& eventPath, const QString& root)
    : m_eventPath(QFileInfo(eventPath).absoluteFilePath())
    , m_root(root)
    , m_directory(QDir(root).filePath(folderFor(eventPath)))
{}

QString EventBackups::directory() const
{
    return m_directory;
}

Result<BackupInfo> EventBackups::store(const std::function<Result<void>(const QString&)>& save,
                                       bool beforeRestore)
{
    for (const QString& folder : QStringList{m_root, m_directory}) {
        if (auto made = backupfile::ensurePrivateFolder(folder); !made)
            return made.error();
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(stampFormat);
    // After the last one of this second, even when older ones of it were pruned meanwhile.
    int sequence = 1;
    for (const BackupName& existing : backupNames(m_directory)) {
        if (existing.stamp == stamp)
            sequence = std::max(sequence, existing.sequence + 1);
    }
    const BackupName name{composeName(stamp, sequence, beforeRestore), stamp, sequence,
                          beforeRestore};
    BackupInfo info = describe(m_directory, name);
    if (auto saved = save(info.path); !saved)
        return saved.error();
    privatefile::restrict(info.path);
    backupfile::readCounts(info);
    return info;
}

Result<BackupInfo> EventBackups::take(const Event& event)
{
    auto taken = store([&event](const QString& path) { return event.saveCopy(path); }, false);
    if (!taken)
        return taken;
    if (auto pruned = prune(kept); !pruned)
        return pruned.error();
    return taken;
}

Result<QList<BackupInfo>> EventBackups::list() const
{
    QList<BackupInfo> backups;
    if (!QFileInfo(m_directory).isDir())
        return backups;
    for (const BackupName& name : backupNames(m_directory)) {
        BackupInfo info = describe(m_directory, name);
        backupfile::readCounts(info);
        backups.append(info);
    }
    return backups;
}

Result<void> EventBackups::prune(int keep)
{
    if (keep < 1)
        return badInput(EventBackupsText::tr("At least one backup must be kept."));
    const QList<BackupName> names = backupNames(m_directory);
    for (qsizetype i = keep; i < names.size(); ++i) {
        const QString path = QDir(m_directory).filePath(names.at(i).fileName);
        if (!QFile::remove(path))
            return failed(
                EventBackupsText::tr("Cannot remove the old backup %1.").arg(native(path)));
    }
    return {};
}

Result<QString> EventBackups::resolve(const QString& backup) const
{
    const QFileInfo given(backup);
    if (given.isFile())
        return given.absoluteFilePath();
    const QDir dir(m_directory);
    for (const QString& candidate : QStringList{backup, backup + QStringLiteral(".entre")}) {
        if (parseName(candidate) && QFileInfo(dir.filePath(candidate)).isFile())
            return dir.filePath(candidate);
    }
    return badInput(
        EventBackupsText::tr("There is no backup %1 of %2.").arg(backup, native(m_eventPath)));
}

Result<void> EventBackups::keepCurrentAndRelease(std::unique_ptr<EventLock>& lock)
{
    auto current = EventStore::open(m_eventPath);
    if (!current) {
        const ErrorKind kind = current.error().kind;
        if (kind == ErrorKind::Refused || kind == ErrorKind::StaleLock)
            return refused(EventBackupsText::tr("%1 cannot be restored now: %2")
                               .arg(native(m_eventPath), current.error().message));
        return failed(
            EventBackupsText::tr("The current %1 cannot be opened, so it cannot be kept before the "
                                 "restore: %2 Move it to another folder, then restore again.")
                .arg(native(m_eventPath), current.error().message));
    }
    EventStore& eventStore = *current.value();
    auto keptCopy =
        store([&eventStore](const QString& path) { return eventStore.saveCopy(path); }, true);
    if (!keptCopy)
        return keptCopy.error();
    {
        // Everything in the journal goes into the file, so that the journal left over is empty.
        auto checkpoint =
            runQuery(eventStore.database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!checkpoint)
            return checkpoint.error();
        if (!checkpoint->next() || checkpoint->value(0).toInt() != 0)
            return refused(
                EventBackupsText::tr("Another program is reading %1. Close it, then restore again.")
                    .arg(native(m_eventPath)));
    }
    lock = eventStore.releaseLock();
    return {};
}

Result<void> EventBackups::recordRestore(const QString& source, std::unique_ptr<EventLock> lock,
                                         const QString& station) const
{
    // Opened with the lock still held, so no desk comes in between the restore and its record.
    auto restored = EventStore::openHolding(m_eventPath, std::move(lock));
    if (!restored)
        return restored.error();
    return EventJournal::record(restored.value()->database(), EventJournal::Kind::Restore,
                                station.isEmpty() ? Event::defaultStation() : station, 0,
                                {{QStringLiteral("backup"), QFileInfo(source).fileName()}});
}

Result<void> EventBackups::restore(const QString& backup, const QString& station)
{
    auto source = resolve(backup);
    if (!source)
        return source.error();
    if (auto intact = backupfile::checkIntegrity(source.value()); !intact)
        return intact;
    std::unique_ptr<EventLock> lock;
    if (QFileInfo::exists(m_eventPath)) {
        if (auto keptCurrent = keepCurrentAndRelease(lock); !keptCurrent)
            return keptCurrent;
    } else {
        auto acquired = EventLock::acquire(m_eventPath);
        if (!acquired)
            return refused(EventBackupsText::tr("%1 cannot be restored now: %2")
                               .arg(native(m_eventPath), acquired.error().message));
        lock = std::move(acquired.value());
    }
    if (auto replaced = backupfile::replaceWithCopy(source.value(), m_eventPath); !replaced)
        return replaced;
    privatefile::restrict(m_eventPath);
    if (auto recorded = recordRestore(source.value(), std::move(lock), station); !recorded)
        return recorded;
    // Pruned only now: the oldest backup may be the one just restored.
    return prune(kept);
}

} // namespace entre
