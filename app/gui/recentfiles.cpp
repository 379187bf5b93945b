#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace RecentFiles {
namespace {
const int maximum = 8;
QString key()
{
    return QStringLiteral("files/recent");
}
} // namespace

QStringList list()
{
    return QSettings().value(key()).toStringList();
}

void add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(key(), files);
}

void remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key(), files);
}

void clear()
{
    QSettings().remove(key());
}

} // namespace RecentFiles
