#include "privatefile.h"

#include <QFile>
#include <QFileInfo>

namespace entre::privatefile {
namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

Result<void> createEmpty(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(ownerOnly))
        return failed(file.errorString());
    return {};
}

void restrict(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !(info.permissions() & shared))
        return;
    QFile::setPermissions(path, info.permissions() & ~shared);
}

} // namespace entre::privatefile
