#include "customstockdialog.h"

#include "badges/stockcatalog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace {

QHBoxLayout* pair(QWidget* a, QWidget* b)
{
    auto* row = new QHBoxLayout;
    row->addWidget(a);
    row->addWidget(new QLabel(QStringLiteral("×")));
    row->addWidget(b);
    return row;
}

} // namespace

QDoubleSpinBox* CustomStockDialog::millimetres(double value, double maximum)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(0, maximum);
    spin->setDecimals(1);
    spin->setSuffix(tr(" mm"));
    spin->setValue(value);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &CustomStockDialog::check);
    return spin;
}

CustomStockDialog::CustomStockDialog(const entre::BadgeStock& start, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(start.name, this))
    , m_pageWidth(millimetres(start.pageSize.width(), 1000))
    , m_pageHeight(millimetres(start.pageSize.height(), 1000))
    , m_labelWidth(millimetres(start.labelSize.width(), 1000))
    , m_labelHeight(millimetres(start.labelSize.height(), 1000))
    , m_columns(new QSpinBox(this))
    , m_rows(new QSpinBox(this))
    , m_left(millimetres(start.origin.x(), 500))
    , m_top(millimetres(start.origin.y(), 500))
    , m_pitchX(millimetres(start.pitch.width(), 1000))
    , m_pitchY(millimetres(start.pitch.height(), 1000))
    , m_radius(millimetres(start.cornerRadius, 20))
    , m_rotate(new QCheckBox(tr("Turn the badge a quarter (a portrait roll label)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Own label stock"));
    setObjectName(QStringLiteral("customStockDialog"));
    m_columns->setRange(1, 20);
    m_columns->setValue(start.columns);
    m_rows->setRange(1, 40);
    m_rows->setValue(start.rows);
    m_rotate->setChecked(start.rotateContent);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Page (width × height)"), pair(m_pageWidth, m_pageHeight));
    form->addRow(tr("Label (width × height)"), pair(m_labelWidth, m_labelHeight));
    form->addRow(tr("Labels (across × down)"), pair(m_columns, m_rows));
    form->addRow(tr("First label from the page's left and top edges"), pair(m_left, m_top));
    form->addRow(tr("From one label to the next (across × down)"), pair(m_pitchX, m_pitchY));
    form->addRow(tr("Corner radius"), m_radius);
    form->addRow(m_rotate);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CustomStockDialog::check);
    connect(m_columns, &QSpinBox::valueChanged, this, &CustomStockDialog::check);
    connect(m_rows, &QSpinBox::valueChanged, this, &CustomStockDialog::check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    check();
}

entre::BadgeStock CustomStockDialog::stock() const
{
    entre::BadgeStock s;
    s.id = entre::StockCatalog::customStockId();
    s.name = m_name->text().trimmed();
    s.pageSize = QSizeF(m_pageWidth->value(), m_pageHeight->value());
    s.labelSize = QSizeF(m_labelWidth->value(), m_labelHeight->value());
    s.columns = m_columns->value();
    s.rows = m_rows->value();
    s.origin = QPointF(m_left->value(), m_top->value());
    s.pitch = QSizeF(m_pitchX->value(), m_pitchY->value());
    s.cornerRadius = m_radius->value();
    s.rotateContent = m_rotate->isChecked();
    s.roll = s.labelsPerPage() == 1;
    return s;
}

void CustomStockDialog::check()
{
    const auto valid = stock().validate();
    m_problem->setText(valid ? QString() : valid.error().message);
    if (m_save)
        m_save->setEnabled(valid.ok());
}

void CustomStockDialog::accept()
{
    if (auto saved = entre::StockCatalog::setCustomStock(stock()); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    QDialog::accept();
}
