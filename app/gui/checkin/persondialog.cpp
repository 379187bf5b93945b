#include "persondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PersonDialog::PersonDialog(AttendeeForm::Fields fields, const QStringList& organisations,
                           const QString& okText, QWidget* parent)
    : QDialog(parent)
    , m_form(new AttendeeForm(fields, organisations, this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_form->firstNameField()->setFocus();
}

void PersonDialog::setBaseDetails(const entre::AttendeeDetails& details)
{
    m_base = details;
    m_form->setDetails(details);
}

QString PersonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PersonDialog::accept()
{
    const QString error = m_submit ? m_submit(m_form->details(m_base)) : QString();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
