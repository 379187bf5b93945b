#pragma once

#include <QObject>

// Tells open pages when this desk's settings change, so the station name they show is current.
class DeskSettings : public QObject {
    Q_OBJECT

public:
    static DeskSettings* instance();
    // Saves the name (EventSession::stationName() reads it) and announces it.
    void setStationName(const QString& name);

Q_SIGNALS:
    void stationNameChanged();

private:
    using QObject::QObject;
};
