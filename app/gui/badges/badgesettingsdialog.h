#pragma once

#include <QDialog>

class BadgeSampleView;
class QCheckBox;
class QComboBox;

namespace entre {
class Event;
}

// Chooses the stock, the template (built-in or the event's own, editable), the badge printer
// and whether each check-in prints a badge.
class BadgeSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit BadgeSettingsDialog(entre::Event* event, QWidget* parent = nullptr);

    void accept() override;

private:
    void fillStocks(const QString& current);
    void fillTemplates(const QString& current);
    void editOwnStock();
    void updateSample();
    void editTemplate();

    entre::Event* m_event;
    QComboBox* m_stock;
    QComboBox* m_template;
    QComboBox* m_printer;
    QCheckBox* m_printOnCheckIn;
    BadgeSampleView* m_sample;
};
