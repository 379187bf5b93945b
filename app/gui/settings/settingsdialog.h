#pragma once

#include <QDialog>

class QLineEdit;

// The desk's own settings, kept on this computer: the station name recorded with every tick.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QLineEdit* stationField() const { return m_station; }
    void accept() override;

private:
    QLineEdit* m_station;
};
