#pragma once

#include <QObject>

// This desk's own settings (its station name and how the desk locks), kept in the application
// settings, and signals that tell open pages and the open event when they change.
class DeskSettings : public QObject {
    Q_OBJECT

public:
    static DeskSettings* instance();
    // The name recorded with every tick from this desk; the computer's name when none is set.
    static QString stationName();
    // Saves the name and announces it.
    void setStationName(const QString& name);

    // The PIN that unlocks a locked desk. Only a salted SHA-256 hash of it is kept; an empty
    // PIN removes it, and then one click unlocks.
    static bool hasLockPin();
    static bool checkLockPin(const QString& pin);
    static void setLockPin(const QString& pin);

    // Seconds without a key press or mouse movement after which the desk locks; 0 = never.
    // The Settings dialog offers whole minutes.
    static int idleLockSeconds();
    void setIdleLockSeconds(int seconds);

Q_SIGNALS:
    void stationNameChanged(const QString& name);
    void idleLockChanged(int seconds);

private:
    using QObject::QObject;
};
