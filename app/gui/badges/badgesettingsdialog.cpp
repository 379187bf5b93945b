#include "badgesettingsdialog.h"

#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"
#include "badgesampleview.h"
#include "badgesettings.h"
#include "badgetemplateeditor.h"
#include "customstockdialog.h"
#include "event/event.h"
#include "printerchoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

BadgeSettingsDialog::BadgeSettingsDialog(entre::Event* event, QWidget* parent)
    : QDialog(parent)
    , m_event(event)
    , m_stock(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_printer(new QComboBox(this))
    , m_printOnCheckIn(new QCheckBox(tr("Print a badge at every check-in"), this))
    , m_sample(new BadgeSampleView(this))
{
    setWindowTitle(tr("Badge settings"));
    setObjectName(QStringLiteral("badgeSettingsDialog"));
    m_stock->setObjectName(QStringLiteral("stock"));
    m_template->setObjectName(QStringLiteral("template"));
    m_printer->setObjectName(QStringLiteral("printer"));
    m_printOnCheckIn->setObjectName(QStringLiteral("printOnCheckIn"));

    fillStocks(BadgeSettings::stockId());
    fillTemplates(BadgeSettings::templateName());
    m_printer->addItem(tr("The system's default printer"), QString());
    const QStringList printers = entre::availablePrinterQueues();
    for (const QString& name : printers)
        m_printer->addItem(name, name);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(BadgeSettings::printerName())));
    m_printOnCheckIn->setChecked(BadgeSettings::printOnCheckIn());

    auto* edit = new QPushButton(tr("&Edit…"), this);
    edit->setObjectName(QStringLiteral("editTemplate"));
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(edit);

    auto* ownStock = new QPushButton(tr("&Own stock…"), this);
    ownStock->setObjectName(QStringLiteral("ownStock"));
    auto* stockRow = new QHBoxLayout;
    stockRow->addWidget(m_stock, 1);
    stockRow->addWidget(ownStock);
    connect(ownStock, &QPushButton::clicked, this, &BadgeSettingsDialog::editOwnStock);

    auto* form = new QFormLayout;
    // Rows holding a layout get their label's mnemonic only with an explicit buddy.
    auto* stockLabel = new QLabel(tr("&Stock"), this);
    stockLabel->setBuddy(m_stock);
    auto* templateLabel = new QLabel(tr("&Template"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(stockLabel, stockRow);
    form->addRow(templateLabel, templateRow);
    form->addRow(tr("&Printer"), m_printer);
    form->addRow(m_printOnCheckIn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, &BadgeSettingsDialog::editTemplate);
    connect(m_stock, &QComboBox::currentIndexChanged, this, &BadgeSettingsDialog::updateSample);
    connect(m_template, &QComboBox::currentIndexChanged, this, &BadgeSettingsDialog::updateSample);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sample, 1);
    layout->addWidget(buttons);
    updateSample();
}

void BadgeSettingsDialog::fillStocks(const QString& current)
{
    const QSignalBlocker blocker(m_stock);
    m_stock->clear();
    const QList<entre::BadgeStock> stocks = entre::StockCatalog::all();
    for (const entre::BadgeStock& stock : stocks)
        m_stock->addItem(stock.name, stock.id);
    m_stock->setCurrentIndex(std::max(0, m_stock->findData(current)));
}

void BadgeSettingsDialog::editOwnStock()
{
    // Start from the user's own stock, or from the one chosen now.
    auto start = entre::StockCatalog::customStock();
    if (!start) {
        if (auto chosen = entre::StockCatalog::find(m_stock->currentData().toString())) {
            start = chosen.value();
            start->name = tr("Own stock");
        }
    }
    CustomStockDialog dialog(start.value_or(entre::BadgeStock{}), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillStocks(entre::StockCatalog::customStockId());
    updateSample();
}

void BadgeSettingsDialog::fillTemplates(const QString& current)
{
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    const QList<entre::BadgeTemplate> builtIn = entre::TemplateCatalog::builtIn();
    for (const entre::BadgeTemplate& t : builtIn)
        m_template->addItem(t.name, t.name);
    if (auto own = m_event->badgeTemplates()) {
        for (const entre::BadgeTemplate& t : own.value()) {
            if (m_template->findData(t.name, Qt::UserRole, Qt::MatchFixedString) < 0)
                m_template->addItem(tr("%1 (this event)").arg(t.name), t.name);
        }
    }
    m_template->setCurrentIndex(
        std::max(0, m_template->findData(current, Qt::UserRole, Qt::MatchFixedString)));
}

void BadgeSettingsDialog::updateSample()
{
    auto stock = entre::StockCatalog::find(m_stock->currentData().toString());
    auto own = m_event->badgeTemplates();
    auto badgeTemplate = entre::TemplateCatalog::find(
        m_template->currentData().toString(), own ? own.value() : QList<entre::BadgeTemplate>());
    if (stock && badgeTemplate)
        m_sample->show(stock.value(), badgeTemplate.value(),
                       BadgeSampleView::sampleContent(m_event->info().name));
}

void BadgeSettingsDialog::editTemplate()
{
    auto stock = entre::StockCatalog::find(m_stock->currentData().toString());
    auto own = m_event->badgeTemplates();
    auto current = entre::TemplateCatalog::find(m_template->currentData().toString(),
                                                own ? own.value() : QList<entre::BadgeTemplate>());
    if (!stock || !current)
        return;
    BadgeTemplateEditor editor(current.value(), stock.value(), m_event->info().name, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const entre::BadgeTemplate edited = editor.badgeTemplate();
    if (auto saved = m_event->saveBadgeTemplate(edited); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    fillTemplates(edited.name);
    updateSample();
}

void BadgeSettingsDialog::accept()
{
    BadgeSettings::setStockId(m_stock->currentData().toString());
    BadgeSettings::setTemplateName(m_template->currentData().toString());
    BadgeSettings::setPrinterName(m_printer->currentData().toString());
    BadgeSettings::setPrintOnCheckIn(m_printOnCheckIn->isChecked());
    QDialog::accept();
}
