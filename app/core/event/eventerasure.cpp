#include "eventerasure.h"

#include "eventbackups.h"
#include "store/personaldataeraser.h"

#include <QCoreApplication>
#include <QDir>

namespace entre::eventerasure {

Result<int> eraseBackups(const QString& eventPath, const QString& backupRoot,
                         const QString& station)
{
    const EventBackups backups(eventPath,
                               backupRoot.isEmpty() ? EventBackups::defaultRoot() : backupRoot);
    auto listed = backups.list();
    if (!listed)
        return listed.error();
    int erased = 0;
    QStringList failures;
    for (const BackupInfo& backup : listed.value()) {
        auto result = PersonalDataEraser::eraseFile(backup.path, station);
        if (result)
            ++erased;
        else
            failures.append(QDir::toNativeSeparators(backup.path) + QStringLiteral(": ") +
                            result.error().message);
    }
    if (!failures.isEmpty())
        return failed(QCoreApplication::translate(
                          "entre::EventErasure",
                          "The personal data of %1 of %2 backups was erased; these still hold "
                          "it:\n%3")
                          .arg(erased)
                          .arg(listed->size())
                          .arg(failures.join(QLatin1Char('\n'))));
    return erased;
}

} // namespace entre::eventerasure
