#pragma once

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The desk's own settings, kept on this computer: the station name recorded with every tick,
// the PIN that unlocks a locked desk and after how many idle minutes the desk locks itself.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QLineEdit* stationField() const { return m_station; }
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* repeatPinField() const { return m_repeatPin; }
    QCheckBox* removePinBox() const { return m_removePin; }
    QSpinBox* idleMinutesField() const { return m_idleMinutes; }
    // Saves and closes, unless the two PINs differ (then it says so and stays open).
    void accept() override;

private:
    void addLockRows(QFormLayout* form);

    QLineEdit* m_station;
    QLineEdit* m_pin;
    QLineEdit* m_repeatPin;
    QCheckBox* m_removePin;
    QSpinBox* m_idleMinutes;
    QLabel* m_pinProblem;
    int m_initialIdleMinutes = 0;
};
