#include "calibrationdialog.h"

#include "badges/stockcatalog.h"
#include "badgesettings.h"
#include "calibrationpage.h"
#include "printerchoice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

CalibrationDialog::CalibrationDialog(QWidget* parent)
    : QDialog(parent)
    , m_printer(new QComboBox(this))
    , m_x(new QDoubleSpinBox(this))
    , m_y(new QDoubleSpinBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Calibrate the badge printer"));
    setObjectName(QStringLiteral("calibrationDialog"));
    m_printer->setObjectName(QStringLiteral("printer"));
    m_x->setObjectName(QStringLiteral("offsetX"));
    m_y->setObjectName(QStringLiteral("offsetY"));
    m_status->setObjectName(QStringLiteral("status"));
    m_printer->addItem(tr("The system's default printer"), QString());
    const QStringList printers = entre::availablePrinterQueues();
    for (const QString& name : printers)
        m_printer->addItem(name, name);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(BadgeSettings::printerName())));
    for (QDoubleSpinBox* spin : {m_x, m_y}) {
        spin->setRange(-20, 20);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(tr(" mm"));
    }
    m_x->setToolTip(tr("Positive moves the print to the right."));
    m_y->setToolTip(tr("Positive moves the print down."));
    loadOffset();

    auto* test = new QPushButton(tr("Print &test page"), this);
    test->setObjectName(QStringLiteral("printTestPage"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Printer"), m_printer);
    form->addRow(tr("&Horizontal offset"), m_x);
    form->addRow(tr("&Vertical offset"), m_y);
    form->addRow(test);
    form->addRow(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, &CalibrationDialog::printTestPage);
    connect(m_printer, &QComboBox::currentIndexChanged, this, &CalibrationDialog::loadOffset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Print the test page, hold it against a sheet of labels and "
                                    "move the outlines onto the labels."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void CalibrationDialog::loadOffset()
{
    const QPointF offset = BadgeSettings::offsetFor(m_printer->currentData().toString());
    m_x->setValue(offset.x());
    m_y->setValue(offset.y());
}

bool CalibrationDialog::printTestPage()
{
    auto stock = entre::StockCatalog::find(BadgeSettings::stockId());
    auto printed =
        stock ? entre::printCalibrationPage(m_printer->currentData().toString(), stock.value(),
                                            QPointF(m_x->value(), m_y->value()))
              : entre::Result<QString>(stock.error());
    m_status->setText(printed ? tr("The test page was sent to %1.").arg(printed.value())
                              : printed.error().message);
    return printed.ok();
}

void CalibrationDialog::accept()
{
    BadgeSettings::setOffsetFor(m_printer->currentData().toString(),
                                QPointF(m_x->value(), m_y->value()));
    QDialog::accept();
}
