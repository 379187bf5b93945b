#include "organisationsdialog.h"

#include "event/event.h"
#include "organisationtablemodel.h"
#include "util/textfold.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

OrganisationsDialog::OrganisationsDialog(entre::Event* event, QWidget* parent)
    : QDialog(parent)
    , m_event(event)
    , m_model(new OrganisationTableModel(event, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_type(new QComboBox(this))
    , m_mergeTarget(new QComboBox(this))
    , m_merge(new QPushButton(tr("&Merge"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("organisationsDialog"));
    setWindowTitle(tr("Organisations"));
    setUpTable();
    m_name->setObjectName(QStringLiteral("renameEdit"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (entre::OrganisationType type : entre::allOrganisationTypes())
        m_type->addItem(entre::organisationTypeLabel(type), entre::organisationTypeKey(type));
    m_mergeTarget->setObjectName(QStringLiteral("mergeTarget"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_message->setObjectName(QStringLiteral("organisationMessage"));
    m_message->setWordWrap(true);

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto* mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_mergeTarget, 1);
    mergeRow->addWidget(m_merge);
    auto* edit = new QGroupBox(tr("Selected organisation"), this);
    auto* form = new QFormLayout(edit);
    auto* nameLabel = new QLabel(tr("&Name:"), edit);
    nameLabel->setBuddy(m_name);
    auto* mergeLabel = new QLabel(tr("Merge &into:"), edit);
    mergeLabel->setBuddy(m_mergeTarget);
    form->addRow(nameLabel, nameRow);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(mergeLabel, mergeRow);
    form->addRow(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(edit);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(entre::foldForMatching(text));
    });
    connect(m_rename, &QPushButton::clicked, this, &OrganisationsDialog::rename);
    connect(m_name, &QLineEdit::returnPressed, this, &OrganisationsDialog::rename);
    connect(m_type, &QComboBox::activated, this, &OrganisationsDialog::retype);
    connect(m_merge, &QPushButton::clicked, this, &OrganisationsDialog::merge);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganisationsDialog::selectionChanged);

    afterChange(QString(), 0);
    resize(760, 560);
}

void OrganisationsDialog::setUpTable()
{
    m_table->setObjectName(QStringLiteral("organisationTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(OrganisationTableModel::FoldedNameRole);
    m_proxy->setFilterKeyColumn(OrganisationTableModel::NameColumn);
    m_filter->setObjectName(QStringLiteral("organisationFilter"));
    m_filter->setPlaceholderText(tr("Filter organisations"));
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    // Swedish order from the event until a column header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OrganisationTableModel::NameColumn,
                                                      QHeaderView::Stretch);
}

bool OrganisationsDialog::select(const QString& name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, OrganisationTableModel::NameColumn);
        if (index.data().toString() == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 OrganisationsDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OrganisationTableModel::IdRole).toLongLong();
}

void OrganisationsDialog::selectionChanged()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    for (QWidget* widget : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_rename),
                            static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_mergeTarget),
                            static_cast<QWidget*>(m_merge)})
        widget->setEnabled(row >= 0);
    m_mergeTarget->clear();
    if (row < 0) {
        m_name->clear();
        return;
    }
    const entre::Organisation& org = m_model->organisationAt(row);
    m_name->setText(org.name);
    m_type->setCurrentIndex(m_type->findData(entre::organisationTypeKey(org.type)));
    for (const entre::Organisation& other : m_model->organisations()) {
        if (other.id != id)
            m_mergeTarget->addItem(other.name, other.id);
    }
    m_merge->setEnabled(m_mergeTarget->count() > 0);
}

void OrganisationsDialog::rename()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto result = m_event->renameOrganisation(id, m_name->text());
    afterChange(result ? QString() : result.error().message, id);
}

void OrganisationsDialog::retype()
{
    const qint64 id = selectedId();
    const auto type = entre::organisationTypeFromKey(m_type->currentData().toString());
    if (id == 0 || !type)
        return;
    auto result = m_event->retypeOrganisation(id, *type);
    afterChange(result ? QString() : result.error().message, id);
}

void OrganisationsDialog::merge()
{
    const qint64 from = selectedId();
    const qint64 into = m_mergeTarget->currentData().toLongLong();
    if (from == 0 || into == 0)
        return;
    auto result = m_event->mergeOrganisations(from, into);
    afterChange(result ? QString() : result.error().message, result ? into : from);
}

void OrganisationsDialog::afterChange(const QString& error, qint64 keepSelected)
{
    QString message = m_model->reload();
    if (message.isEmpty())
        message = error;
    m_message->setText(message);
    const int row = m_model->rowOf(keepSelected);
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (row >= 0 && shown.isValid())
        m_table->selectRow(shown.row());
    selectionChanged();
}
