#include "importmappingpage.h"

#include "import/importfields.h"
#include "import/textdecoder.h"
#include "importwizard.h"
#include "readingbar.h"

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int previewRows = 20;

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_detection(new QLabel(this))
    , m_scanCode(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_identityWarning(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_keep(new QTreeWidget(this))
    , m_reading(new ReadingBar(this))
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Each column is matched to a field; correct any that is wrong. Columns "
                   "without a field are kept as extra information when ticked."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_detection->setObjectName(QStringLiteral("detectionLabel"));
    m_scanCode->setObjectName(QStringLiteral("scanCodeLabel"));
    m_scanCode->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("mappingWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020"));
    m_identityWarning->setObjectName(QStringLiteral("identityNumbersWarning"));
    m_identityWarning->setWordWrap(true);
    m_identityWarning->setStyleSheet(QStringLiteral("color: #b00020"));
    m_identityWarning->hide();
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);

    buildReadOptions();
    auto* options = new QHBoxLayout;
    auto addOption = [this, options](const QString& label, QComboBox* combo) {
        auto* text = new QLabel(label, this);
        text->setBuddy(combo);
        options->addWidget(text);
        options->addWidget(combo);
    };
    addOption(tr("&Encoding:"), m_encoding);
    addOption(tr("&Delimiter:"), m_delimiter);
    addOption(tr("&Sheet:"), m_sheet);
    options->addStretch(1);

    auto* mapping = new QGridLayout;
    buildMappingCombos();
    const QStringList keys = entre::ImportFields::keys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* label = new QLabel(entre::ImportFields::label(keys.at(i)) + QLatin1Char(':'), this);
        label->setBuddy(m_fieldCombos.value(keys.at(i)));
        mapping->addWidget(label, i / 2, (i % 2) * 2);
        mapping->addWidget(m_fieldCombos.value(keys.at(i)), i / 2, (i % 2) * 2 + 1);
    }
    mapping->setColumnStretch(1, 1);
    mapping->setColumnStretch(3, 1);

    QLabel* keepLabel = buildKeepList();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_reading);
    layout->addWidget(m_detection);
    layout->addWidget(m_scanCode);
    layout->addWidget(m_identityWarning);
    layout->addWidget(m_preview, 1);
    layout->addLayout(mapping);
    layout->addWidget(keepLabel);
    layout->addWidget(m_keep);
    layout->addWidget(m_warning);

    connect(m_reading, &ReadingBar::finished, this, &ImportMappingPage::tableReread);
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        m_warning->setText(
            tr("Reading again was cancelled; the preview still shows the list as read before."));
        Q_EMIT completeChanged();
    });
}

void ImportMappingPage::buildReadOptions()
{
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), QString());
    const QStringList encodings = entre::TextDecoder::supportedEncodings();
    for (const QString& name : encodings)
        m_encoding->addItem(name, name);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    for (QComboBox* combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::activated, this, &ImportMappingPage::reread);
    connect(m_sheet, &QComboBox::activated, this, &ImportMappingPage::reread);
}

QLabel* ImportMappingPage::buildKeepList()
{
    m_keep->setObjectName(QStringLiteral("keepColumns"));
    m_keep->setColumnCount(2);
    m_keep->setHeaderLabels({tr("Keep column"), tr("Note")});
    m_keep->setRootIsDecorated(false);
    m_keep->setMaximumHeight(m_keep->fontMetrics().height() * 7);
    connect(m_keep, &QTreeWidget::itemChanged, this, &ImportMappingPage::keepToggled);
    auto* label = new QLabel(tr("Columns &without a field:"), this);
    label->setBuddy(m_keep);
    return label;
}

void ImportMappingPage::buildMappingCombos()
{
    const QStringList keys = entre::ImportFields::keys();
    for (const QString& key : keys) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping_") + key);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::mappingEdited);
        m_fieldCombos.insert(key, combo);
    }
}

void ImportMappingPage::initializePage()
{
    const QSignalBlocker encoding(m_encoding);
    const QSignalBlocker delimiter(m_delimiter);
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_keepChoices.clear();
    showTable();
}

void ImportMappingPage::reread()
{
    entre::ImportOptions options;
    options.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    options.sheet = std::max(0, m_sheet->currentIndex());
    m_warning->clear();
    m_reading->start(m_wizard->filePath(), options);
    Q_EMIT completeChanged();
}

void ImportMappingPage::tableReread(const LoadedTable& loaded)
{
    if (!loaded.table) {
        m_warning->setText(loaded.error.message);
        Q_EMIT completeChanged();
        return;
    }
    m_wizard->setTable(*loaded.table);
    showTable();
}

void ImportMappingPage::showTable()
{
    const entre::RegistrationTable& table = m_wizard->table();
    const bool text = table.format == QLatin1String("csv");
    m_encoding->setEnabled(text);
    m_delimiter->setEnabled(text);
    {
        const QSignalBlocker blocker(m_sheet);
        const int sheet = m_sheet->currentIndex();
        m_sheet->clear();
        m_sheet->addItems(table.sheetNames);
        if (!table.sheetNames.isEmpty())
            m_sheet->setCurrentIndex(std::clamp(sheet, 0, int(table.sheetNames.size()) - 1));
        m_sheet->setEnabled(table.sheetNames.size() > 1);
    }
    QString delimiter = table.delimiter == QLatin1String("\t") ? tr("tab") : table.delimiter;
    m_detection->setText(text ? tr("Encoding %1, delimiter %2, header on row %3, %n row(s).",
                                   nullptr, int(table.rows.size()))
                                    .arg(table.encoding, delimiter)
                                    .arg(table.headerRow)
                              : tr("Header on row %1, %n row(s).", nullptr, int(table.rows.size()))
                                    .arg(table.headerRow));

    // A list read again (another encoding) keeps the ticks set for its columns.
    for (auto it = m_keepChoices.cbegin(); it != m_keepChoices.cend(); ++it) {
        if (table.headers.contains(it.key()))
            m_wizard->setColumnKept(it.key(), it.value());
    }
    m_updating = true;
    for (auto it = m_fieldCombos.cbegin(); it != m_fieldCombos.cend(); ++it) {
        QComboBox* combo = it.value();
        combo->clear();
        combo->addItem(tr("(not used)"), QString());
        for (const QString& header : table.headers)
            combo->addItem(header, header);
        combo->setCurrentIndex(std::max(0, combo->findData(table.mapping.value(it.key()))));
    }
    m_updating = false;
    mappingEdited();
}

void ImportMappingPage::mappingEdited()
{
    if (m_updating)
        return;
    QMap<QString, QString> mapping;
    for (auto it = m_fieldCombos.cbegin(); it != m_fieldCombos.cend(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (!header.isEmpty())
            mapping.insert(it.key(), header);
    }
    m_wizard->setMapping(mapping);
    m_warning->setText(
        m_wizard->table().hasNameColumn()
            ? QString()
            : tr("Choose the column that holds a name: first name, last name or full name."));
    fillPreview();
    showScanCode();
    fillKeepList();
    warnOfMappedIdentityNumbers();
    Q_EMIT completeChanged();
}

// An unmapped column of personal identity numbers is left out unless ticked; one mapped to a
// field would be stored whole, so the page says so plainly.
void ImportMappingPage::warnOfMappedIdentityNumbers()
{
    const entre::RegistrationTable& table = m_wizard->table();
    QStringList warnings;
    for (auto it = m_fieldCombos.cbegin(); it != m_fieldCombos.cend(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (header.isEmpty() || !table.personalIdentityColumns.contains(header))
            continue;
        warnings.append(tr("The column “%1” holds personal identity numbers and is mapped to "
                           "“%2”. Map it to “(not used)” unless you need it.")
                            .arg(header, entre::ImportFields::label(it.key())));
    }
    m_identityWarning->setText(warnings.join(QLatin1Char('\n')));
    m_identityWarning->setVisible(!warnings.isEmpty());
}

void ImportMappingPage::fillKeepList()
{
    const entre::RegistrationTable& table = m_wizard->table();
    const QSignalBlocker blocker(m_keep);
    m_keep->clear();
    const QStringList headers = table.unmappedHeaders();
    for (const QString& header : headers) {
        auto* item = new QTreeWidgetItem(m_keep, {header});
        item->setData(0, Qt::UserRole, header);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, table.keeps(header) ? Qt::Checked : Qt::Unchecked);
        if (table.personalIdentityColumns.contains(header)) {
            item->setText(1, tr("Looks like personal identity numbers (personnummer): not "
                                "stored unless ticked."));
            item->setForeground(1, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(1, item->text(1));
        }
    }
    m_keep->resizeColumnToContents(0);
}

void ImportMappingPage::keepToggled(QTreeWidgetItem* item)
{
    const QString header = item->data(0, Qt::UserRole).toString();
    const bool keep = item->checkState(0) == Qt::Checked;
    m_keepChoices.insert(header, keep);
    m_wizard->setColumnKept(header, keep);
}

void ImportMappingPage::showScanCode()
{
    const QMap<QString, QString>& mapping = m_wizard->table().mapping;
    const QString code = mapping.value(QStringLiteral("code"));
    QString text = code.isEmpty() ? tr("No column is the code to scan: everyone gets a code of "
                                       "their own, printed on their badge.")
                                  : tr("Scanning a ticket finds people by “%1”.").arg(code);
    QStringList others;
    const QStringList kinds = entre::ImportFields::identifierKeys();
    for (const QString& kind : kinds) {
        const QString header = mapping.value(kind);
        if (!header.isEmpty() && header != code)
            others.append(QStringLiteral("“%1”").arg(header));
    }
    if (!others.isEmpty())
        text += QLatin1Char(' ') +
                tr("Typing or scanning %1 finds them too.").arg(others.join(QStringLiteral(", ")));
    m_scanCode->setText(text);
}

void ImportMappingPage::fillPreview()
{
    const entre::RegistrationTable& table = m_wizard->table();
    const int rows = int(std::min<qsizetype>(table.rows.size(), previewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(table.headers.size()));
    m_preview->setRowCount(rows);
    QStringList labels;
    QStringList rowLabels;
    for (const QString& header : table.headers) {
        const QString field = table.mapping.key(header);
        labels.append(field.isEmpty()
                          ? header
                          : header + QStringLiteral("\n→ ") + entre::ImportFields::label(field));
    }
    m_preview->setHorizontalHeaderLabels(labels);
    for (int r = 0; r < rows; ++r) {
        const entre::TextRecord& record = table.rows.at(r);
        rowLabels.append(QString::number(record.line));
        for (int c = 0; c < record.cells.size() && c < table.headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(record.cells.at(c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->table().hasNameColumn() && !m_reading->isReading();
}
