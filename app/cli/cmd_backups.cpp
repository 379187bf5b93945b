#include "clioutput.h"
#include "commands.h"
#include "event/eventbackups.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace entre::cli {
namespace {

QJsonObject backupToJson(const BackupInfo& backup)
{
    QJsonObject object{{QStringLiteral("name"), QFileInfo(backup.path).completeBaseName()},
                       {QStringLiteral("taken_at"), backup.takenAt.toString(Qt::ISODate)},
                       {QStringLiteral("registered"), backup.registered},
                       {QStringLiteral("arrived"), backup.arrived},
                       {QStringLiteral("before_restore"), backup.beforeRestore},
                       {QStringLiteral("path"), QDir::toNativeSeparators(backup.path)}};
    if (!backup.unreadable.isEmpty())
        object.insert(QStringLiteral("unreadable"), backup.unreadable);
    return object;
}

// "20261202-171500  2026-12-02 18:15:00  87 of 150 arrived": the name restore takes, the local
// time, the counts.
void printBackup(const BackupInfo& backup)
{
    QString line = QFileInfo(backup.path).completeBaseName() + QStringLiteral("  ") +
                   backup.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                   QStringLiteral("  ");
    if (backup.unreadable.isEmpty())
        line += tr("%1 of %2 arrived").arg(backup.arrived).arg(backup.registered);
    else
        line += tr("cannot be read: %1").arg(backup.unreadable);
    if (backup.beforeRestore)
        line += QStringLiteral("  ") + tr("(before a restore)");
    printLine(line);
}

} // namespace

Syntax backupsSyntax()
{
    return {tr("List the automatic backups of an event, newest first: when each was taken, how "
               "many were registered and had arrived, and where it is. The desk takes one every "
               "five minutes while something changes and when the event is closed, and keeps the "
               "last %1.")
                .arg(EventBackups::kept),
            {},
            {},
            {}};
}

Result<void> backupsCommand(Invocation& call)
{
    const EventBackups backups(call.file());
    auto listed = backups.list();
    if (!listed)
        return listed.error();
    if (call.json()) {
        QJsonArray array;
        for (const BackupInfo& backup : listed.value())
            array.append(backupToJson(backup));
        printJson(array);
        return {};
    }
    if (listed->isEmpty()) {
        printLine(tr("No backups of %1 yet.").arg(QDir::toNativeSeparators(call.file())));
        return {};
    }
    for (const BackupInfo& backup : listed.value())
        printBackup(backup);
    return {};
}

Syntax restoreSyntax()
{
    return {tr("Replace an event file with one of its backups. The event as it is now is kept as "
               "a backup first, so a restore can be undone the same way. Refused while a desk "
               "has the event open."),
            {{QStringLiteral("BACKUP"),
              tr("The backup: its name as entre-cli backups shows it, or the path of a backup "
                 "file.")}},
            {},
            {}};
}

Result<void> restoreCommand(Invocation& call)
{
    EventBackups backups(call.file());
    auto source = backups.resolve(call.argument(0));
    if (!source)
        return source.error();
    const QString station =
        call.isSet(QStringLiteral("station")) ? call.value(QStringLiteral("station")) : QString();
    if (auto restored = backups.restore(source.value(), station); !restored)
        return restored;
    printLine(
        tr("Restored %1 from %2. The event as it was is kept as a backup.")
            .arg(QDir::toNativeSeparators(call.file()), QDir::toNativeSeparators(source.value())));
    return {};
}

} // namespace entre::cli
