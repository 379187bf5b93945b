#pragma once

#include "attendeeform.h"

#include <QDialog>

#include <functional>

class QLabel;

// A dialog around an AttendeeForm whose OK runs an action on the store. When the action is
// refused (no name, an e-mail already registered) the message shows in the dialog and
// everything typed stays, so nothing is lost to a typo.
class PersonDialog : public QDialog {
    Q_OBJECT

public:
    // Returns an error message, or an empty string when the action succeeded.
    using Submit = std::function<QString(const entre::AttendeeDetails&)>;

    PersonDialog(AttendeeForm::Fields fields, const QStringList& organisations,
                 const QString& okText, QWidget* parent = nullptr);

    AttendeeForm* form() const { return m_form; }
    void setBaseDetails(const entre::AttendeeDetails& details);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    QString errorText() const;

    void accept() override;

private:
    AttendeeForm* m_form;
    QLabel* m_error;
    entre::AttendeeDetails m_base;
    Submit m_submit;
};
