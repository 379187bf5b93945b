#include "neweventdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

NewEventDialog::NewEventDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_venue(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Event"));
    m_name->setObjectName(QStringLiteral("eventName"));
    m_name->setPlaceholderText(tr("e.g. Digitala Västerbotten kick-off"));
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_venue->setObjectName(QStringLiteral("eventVenue"));
    m_venue->setPlaceholderText(tr("e.g. Hotell Lappland, Lycksele"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewEventDialog::updateOkButton);
    updateOkButton();
}

void NewEventDialog::setEventInfo(const entre::EventInfo& info)
{
    m_name->setText(info.name);
    if (info.date.isValid())
        m_date->setDate(info.date);
    m_venue->setText(info.venue);
}

entre::EventInfo NewEventDialog::eventInfo() const
{
    return {m_name->text().trimmed(), m_date->date(), m_venue->text().trimmed()};
}

void NewEventDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}
