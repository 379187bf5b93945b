#include "desksettings.h"

#include "event/event.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

const QString stationKey = QStringLiteral("desk/station");

} // namespace

DeskSettings* DeskSettings::instance()
{
    // Owned by the application, so it outlives every page that listens to it.
    static DeskSettings* settings = new DeskSettings(QCoreApplication::instance());
    return settings;
}

QString DeskSettings::stationName()
{
    const QString name = QSettings().value(stationKey).toString().trimmed();
    return name.isEmpty() ? entre::Event::defaultStation() : name;
}

void DeskSettings::setStationName(const QString& name)
{
    QSettings().setValue(stationKey, name.trimmed());
    Q_EMIT stationNameChanged(stationName());
}
