#pragma once

#include "model/attendee.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

// The fields of a person as the desk types them, for the walk-in and edit dialogs. The
// organisation field completes from the event's organisations.
class AttendeeForm : public QWidget {
    Q_OBJECT

public:
    enum class Fields { Short, Full }; // Full adds phone, dietary needs and notes

    AttendeeForm(Fields fields, const QStringList& organisations, QWidget* parent = nullptr);

    void setDetails(const entre::AttendeeDetails& details);
    // The entered fields over `base`, which keeps what the form does not show.
    entre::AttendeeDetails details(const entre::AttendeeDetails& base = {}) const;
    QLineEdit* firstNameField() const { return m_firstName; }

private:
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& objectName);

    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_organisation;
    QLineEdit* m_title;
    QLineEdit* m_email;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_diet = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};
