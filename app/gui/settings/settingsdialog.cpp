#include "settingsdialog.h"

#include "desksettings.h"
#include "event/event.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_station(new QLineEdit(this))
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    DeskSettings::instance()->setStationName(m_station->text().simplified());
    QDialog::accept();
}
