#pragma once

#include <QDialog>

class BadgeSampleView;
class EventSession;
class QCheckBox;
class QComboBox;

// Chooses the stock, the template (built-in or the event's own, editable), the badge printer
// and whether each check-in prints a badge.
class BadgeSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit BadgeSettingsDialog(EventSession* session, QWidget* parent = nullptr);

    void accept() override;

private:
    void fillStocks(const QString& current);
    void fillTemplates(const QString& current);
    void editOwnStock();
    void updateSample();
    void editTemplate();

    EventSession* m_session;
    QComboBox* m_stock;
    QComboBox* m_template;
    QComboBox* m_printer;
    QCheckBox* m_printOnCheckIn;
    BadgeSampleView* m_sample;
};
