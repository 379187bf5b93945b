#pragma once

#include "model/eventinfo.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

// Asks for the name, date and venue of a new event (or edits those of the open one).
class NewEventDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewEventDialog(QWidget* parent = nullptr);

    void setEventInfo(const entre::EventInfo& info);
    entre::EventInfo eventInfo() const;

private:
    void updateOkButton();

    QLineEdit* m_name;
    QDateEdit* m_date;
    QLineEdit* m_venue;
    QDialogButtonBox* m_buttons;
};
