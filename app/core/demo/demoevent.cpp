#include "demoevent.h"

#include "import/registrationimporter.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace entre::DemoEvent {
namespace {

// The texts of this file, in the context lupdate files them under.
struct DemoEventText {
    Q_DECLARE_TR_FUNCTIONS(entre::DemoEvent)
};

} // namespace

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo/digitala-vasterbotten.entre"));
}

Result<void> createAt(const QString& path)
{
    // Built under a temporary name and moved into place, so a half-made demo never stays behind.
    const QString partial = path + QStringLiteral(".part");
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(partial + QLatin1String(suffix));
    {
        auto store = EventStore::create(
            partial, {DemoEventText::tr("Digitala Västerbotten – kick-off"), QDate(2016, 6, 15),
                      QStringLiteral("Hotell Lappland, Lycksele")});
        if (!store)
            return store.error();
        QTemporaryDir scratch;
        const QString list = scratch.filePath(QStringLiteral("attendees.csv"));
        if (!scratch.isValid() || !QFile::copy(QStringLiteral(":/demo/attendees.csv"), list))
            return failed(
                DemoEventText::tr("The demo registration list is missing from this build."));
        auto imported = RegistrationImporter(*store.value()).run(list);
        if (!imported)
            return imported.error();
    }
    if (!QFile::rename(partial, path))
        return failed(DemoEventText::tr("Cannot move the demo event into place at %1.")
                          .arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<QString> ensure()
{
    const QString path = defaultPath();
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed(DemoEventText::tr("Cannot create the folder for the demo event."));
    if (auto created = createAt(path); !created)
        return created.error();
    return path;
}

} // namespace entre::DemoEvent
