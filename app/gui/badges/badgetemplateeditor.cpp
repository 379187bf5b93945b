#include "badgetemplateeditor.h"

#include "badgesampleview.h"

#include <QBuffer>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>

namespace {

using T = entre::BadgeTemplate;

struct SizeRow {
    const char* label;
    double T::*member;
};

const SizeRow sizeRows[] = {
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "First name (mm)"), &T::firstNameSize},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Last name (mm)"), &T::lastNameSize},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Full name (mm)"), &T::fullNameSize},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Organisation (mm)"), &T::organisationSize},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Title (mm)"), &T::titleSize},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Event name (mm)"), &T::eventNameSize},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Colour band height (mm)"), &T::bandHeight},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "QR code (mm)"), &T::qrSize},
};

struct FlagRow {
    const char* label;
    bool T::*member;
};

const FlagRow flagRows[] = {
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Show the organisation"), &T::showOrganisation},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Show the title"), &T::showTitle},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Show a QR code with the attendee's code"),
     &T::showQrCode},
    {QT_TRANSLATE_NOOP("BadgeTemplateEditor", "Show the event name"), &T::showEventName},
};

void paintSwatch(QPushButton* button, const QColor& colour)
{
    QPixmap swatch(32, 16);
    swatch.fill(colour);
    button->setIcon(QIcon(swatch));
}

} // namespace

BadgeTemplateEditor::BadgeTemplateEditor(const entre::BadgeTemplate& badgeTemplate,
                                         const entre::BadgeStock& stock, const QString& eventName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_template(badgeTemplate)
    , m_stock(stock)
    , m_eventName(eventName)
    , m_name(new QLineEdit(badgeTemplate.name, this))
    , m_nameStyle(new QComboBox(this))
    , m_alignment(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_sample(new BadgeSampleView(this))
{
    setWindowTitle(tr("Badge template"));
    setObjectName(QStringLiteral("badgeTemplateEditor"));
    m_name->setObjectName(QStringLiteral("templateName"));
    // Made in the order the Tab key goes through them.
    QFormLayout* form = makeForm();
    QFormLayout* sizes = makeSizes();
    addLogoRow(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Two columns of settings beside the sample, so the dialog fits a laptop screen.
    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addSpacing(12);
    columns->addLayout(sizes);
    columns->addSpacing(12);
    columns->addWidget(m_sample, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    readForm();
}

QFormLayout* BadgeTemplateEditor::makeForm()
{
    m_nameStyle->addItem(tr("First name large, last name below"), int(T::NameStyle::FirstAndLast));
    m_nameStyle->addItem(tr("Full name"), int(T::NameStyle::FullName));
    m_nameStyle->setCurrentIndex(m_nameStyle->findData(int(m_template.nameStyle)));
    m_alignment->addItem(tr("Left"), int(T::Alignment::Left));
    m_alignment->addItem(tr("Centred"), int(T::Alignment::Center));
    m_alignment->setCurrentIndex(m_alignment->findData(int(m_template.alignment)));
    m_band->addItem(tr("At the top"), int(T::Band::Top));
    m_band->addItem(tr("At the bottom"), int(T::Band::Bottom));
    m_band->addItem(tr("None"), int(T::Band::None));
    m_band->setCurrentIndex(m_band->findData(int(m_template.band)));
    for (QComboBox* box : {m_nameStyle, m_alignment, m_band})
        connect(box, &QComboBox::currentIndexChanged, this, &BadgeTemplateEditor::readForm);
    connect(m_name, &QLineEdit::textChanged, this, &BadgeTemplateEditor::readForm);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Person's name"), m_nameStyle);
    form->addRow(tr("Alignment"), m_alignment);
    form->addRow(tr("Colour band"), m_band);
    for (const FlagRow& row : flagRows) {
        auto* box = new QCheckBox(tr(row.label), this);
        box->setChecked(m_template.*row.member);
        m_flags.append(box);
        form->addRow(box);
        connect(box, &QCheckBox::toggled, this, &BadgeTemplateEditor::readForm);
    }
    return form;
}

void BadgeTemplateEditor::addLogoRow(QFormLayout* form)
{
    auto* logo = new QPushButton(tr("Choose…"), this);
    auto* noLogo = new QPushButton(tr("Remove"), this);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(logo);
    logoRow->addWidget(noLogo);
    form->addRow(tr("Logo"), logoRow);
    connect(logo, &QPushButton::clicked, this, &BadgeTemplateEditor::chooseLogo);
    connect(noLogo, &QPushButton::clicked, this, [this] {
        m_template.logoPng.clear();
        readForm();
    });
}

QFormLayout* BadgeTemplateEditor::makeSizes()
{
    auto* sizes = new QFormLayout;
    for (const SizeRow& row : sizeRows) {
        auto* spin = new QDoubleSpinBox(this);
        spin->setRange(1, 60);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setValue(m_template.*row.member);
        m_sizes.append(spin);
        sizes->addRow(tr(row.label), spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &BadgeTemplateEditor::readForm);
    }
    const QList<entre::OrganisationType> types = entre::allOrganisationTypes();
    for (entre::OrganisationType type : types) {
        auto* button = new QPushButton(tr("Change…"), this);
        paintSwatch(button, m_template.bandColour(type));
        m_colourButtons.insert(type, button);
        sizes->addRow(tr("Band colour: %1").arg(entre::organisationTypeLabel(type)), button);
        connect(button, &QPushButton::clicked, this, [this, type] { chooseColour(type); });
    }
    return sizes;
}

void BadgeTemplateEditor::readForm()
{
    m_template.name = m_name->text().trimmed();
    m_template.nameStyle = T::NameStyle(m_nameStyle->currentData().toInt());
    m_template.alignment = T::Alignment(m_alignment->currentData().toInt());
    m_template.band = T::Band(m_band->currentData().toInt());
    for (qsizetype i = 0; i < m_flags.size(); ++i)
        m_template.*flagRows[i].member = m_flags[i]->isChecked();
    for (qsizetype i = 0; i < m_sizes.size(); ++i)
        m_template.*sizeRows[i].member = m_sizes[i]->value();
    m_sample->show(m_stock, m_template, BadgeSampleView::sampleContent(m_eventName));
}

void BadgeTemplateEditor::chooseColour(entre::OrganisationType type)
{
    const QColor colour = QColorDialog::getColor(m_template.bandColour(type), this,
                                                 entre::organisationTypeLabel(type));
    if (!colour.isValid())
        return;
    m_template.bandColours.insert(type, colour);
    paintSwatch(m_colourButtons.value(type), colour);
    readForm();
}

void BadgeTemplateEditor::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull())
        return;
    // Kept in the event file: a logo of print quality for a band 10 mm high needs no more.
    if (image.height() > 400)
        image = image.scaledToHeight(400, Qt::SmoothTransformation);
    m_template.logoPng.clear();
    QBuffer buffer(&m_template.logoPng);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    readForm();
}
