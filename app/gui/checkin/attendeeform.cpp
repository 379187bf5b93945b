#include "attendeeform.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

AttendeeForm::AttendeeForm(Fields fields, const QStringList& organisations, QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_firstName = addLine(form, tr("&First name:"), QStringLiteral("firstNameField"));
    m_lastName = addLine(form, tr("&Last name:"), QStringLiteral("lastNameField"));
    m_organisation = addLine(form, tr("&Organisation:"), QStringLiteral("organisationField"));
    m_title = addLine(form, tr("&Title:"), QStringLiteral("titleField"));
    m_email = addLine(form, tr("&E-mail:"), QStringLiteral("emailField"));
    if (fields == Fields::Short) {
        m_email->setPlaceholderText(tr("optional"));
    } else {
        m_phone = addLine(form, tr("&Phone:"), QStringLiteral("phoneField"));
        m_diet = addLine(form, tr("&Dietary needs:"), QStringLiteral("dietField"));
        m_notes = new QPlainTextEdit(this);
        m_notes->setObjectName(QStringLiteral("notesField"));
        m_notes->setTabChangesFocus(true);
        m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
        form->addRow(tr("&Notes:"), m_notes);
    }
    auto* completer = new QCompleter(organisations, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_organisation->setCompleter(completer);
    m_firstName->setMinimumWidth(m_firstName->fontMetrics().averageCharWidth() * 36);
}

QLineEdit* AttendeeForm::addLine(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(objectName);
    form->addRow(label, line);
    return line;
}

void AttendeeForm::setDetails(const entre::AttendeeDetails& details)
{
    m_firstName->setText(details.firstName);
    m_lastName->setText(details.lastName);
    m_organisation->setText(details.organisation);
    m_title->setText(details.title);
    m_email->setText(details.email);
    if (m_phone)
        m_phone->setText(details.phone);
    if (m_diet)
        m_diet->setText(details.diet);
    if (m_notes)
        m_notes->setPlainText(details.notes);
}

entre::AttendeeDetails AttendeeForm::details(const entre::AttendeeDetails& base) const
{
    entre::AttendeeDetails d = base;
    d.firstName = m_firstName->text().simplified();
    d.lastName = m_lastName->text().simplified();
    d.organisation = m_organisation->text().simplified();
    d.title = m_title->text().simplified();
    d.email = m_email->text().trimmed();
    if (m_phone)
        d.phone = m_phone->text().trimmed();
    if (m_diet)
        d.diet = m_diet->text().trimmed();
    if (m_notes)
        d.notes = m_notes->toPlainText().trimmed();
    return d;
}
