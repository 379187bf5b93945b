#include "settingsdialog.h"

#include "desksettings.h"
#include "event/event.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_station(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_repeatPin(new QLineEdit(this))
    , m_removePin(new QCheckBox(tr("&No PIN: one click unlocks the desk"), this))
    , m_idleMinutes(new QSpinBox(this))
    , m_pinProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_station->setObjectName(QStringLiteral("stationField"));
    m_station->setText(DeskSettings::stationName());
    m_station->setPlaceholderText(entre::Event::defaultStation());
    m_station->setMaxLength(40);
    m_station->setMinimumWidth(m_station->fontMetrics().averageCharWidth() * 30);

    auto* hint = new QLabel(tr("Each check-in records the desk it was made at. Give each desk "
                               "its own name, e.g. \"Desk 1\"; left empty, the computer's name "
                               "is used."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Station name:"), m_station);
    form->addRow(hint);
    addLockRows(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pinProblem);
    layout->addWidget(buttons);
}

void SettingsDialog::addLockRows(QFormLayout* form)
{
    const bool hasPin = DeskSettings::hasLockPin();
    for (QLineEdit* field : {m_pin, m_repeatPin}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(32);
        field->setPlaceholderText(hasPin ? tr("unchanged") : tr("none"));
    }
    m_pin->setObjectName(QStringLiteral("lockPinField"));
    m_repeatPin->setObjectName(QStringLiteral("repeatLockPinField"));
    m_removePin->setObjectName(QStringLiteral("removeLockPinBox"));
    m_removePin->setChecked(!hasPin);
    connect(m_removePin, &QCheckBox::toggled, this, [this](bool none) {
        m_pin->setEnabled(!none);
        m_repeatPin->setEnabled(!none);
    });
    m_pin->setEnabled(hasPin);
    m_repeatPin->setEnabled(hasPin);

    m_idleMinutes->setObjectName(QStringLiteral("idleLockField"));
    m_idleMinutes->setRange(0, 240);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_initialIdleMinutes = (DeskSettings::idleLockSeconds() + 59) / 60;
    m_idleMinutes->setValue(m_initialIdleMinutes);
    m_pinProblem->setObjectName(QStringLiteral("pinProblem"));
    m_pinProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_pinProblem->hide();

    auto* hint = new QLabel(tr("Ctrl+L locks the desk: only the event's name and the counts "
                               "stay on the screen until it is unlocked."),
                            this);
    hint->setWordWrap(true);
    form->addRow(tr("Lock the desk:"), m_removePin);
    form->addRow(tr("Unlock &PIN:"), m_pin);
    form->addRow(tr("&Repeat the PIN:"), m_repeatPin);
    form->addRow(tr("Lock when &idle for:"), m_idleMinutes);
    form->addRow(hint);
}

void SettingsDialog::accept()
{
    const bool removePin = m_removePin->isChecked();
    if (!removePin && m_pin->text() != m_repeatPin->text()) {
        m_pinProblem->setText(tr("The two PINs differ. Type the same PIN twice."));
        m_pinProblem->show();
        m_pin->setFocus();
        return;
    }
    if (!removePin && m_pin->text().isEmpty() && !DeskSettings::hasLockPin()) {
        m_pinProblem->setText(tr("Type a PIN, or tick \"No PIN\"."));
        m_pinProblem->show();
        m_pin->setFocus();
        return;
    }
    DeskSettings* settings = DeskSettings::instance();
    settings->setStationName(m_station->text().simplified());
    if (removePin)
        DeskSettings::setLockPin({});
    else if (!m_pin->text().isEmpty())
        DeskSettings::setLockPin(m_pin->text());
    if (m_idleMinutes->value() != m_initialIdleMinutes)
        settings->setIdleLockSeconds(m_idleMinutes->value() * 60);
    QDialog::accept();
}
