#pragma once

#include <QObject>

// This desk's own settings (its station name), kept in the application settings, and a signal
// that tells open pages and the open event when they change.
class DeskSettings : public QObject {
    Q_OBJECT

public:
    static DeskSettings* instance();
    // The name recorded with every tick from this desk; the computer's name when none is set.
    static QString stationName();
    // Saves the name and announces it.
    void setStationName(const QString& name);

Q_SIGNALS:
    void stationNameChanged(const QString& name);

private:
    using QObject::QObject;
};
