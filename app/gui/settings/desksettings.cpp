#include "desksettings.h"

#include "eventsession.h"

#include <QCoreApplication>

DeskSettings* DeskSettings::instance()
{
    // Owned by the application, so it outlives every page that listens to it.
    static DeskSettings* settings = new DeskSettings(QCoreApplication::instance());
    return settings;
}

void DeskSettings::setStationName(const QString& name)
{
    EventSession::setStationName(name);
    Q_EMIT stationNameChanged();
}
