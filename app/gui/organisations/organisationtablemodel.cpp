#include "organisationtablemodel.h"

#include "event/event.h"
#include "util/textfold.h"

OrganisationTableModel::OrganisationTableModel(const entre::Event* event, QObject* parent)
    : QAbstractTableModel(parent)
    , m_event(event)
{}

QString OrganisationTableModel::reload()
{
    auto all = m_event->organisations();
    beginResetModel();
    if (all)
        m_organisations = all.value();
    else
        m_organisations.clear();
    endResetModel();
    return all ? QString() : all.error().message;
}

int OrganisationTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_organisations.size(); ++row) {
        if (m_organisations.at(row).id == id)
            return row;
    }
    return -1;
}

int OrganisationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_organisations.size());
}

int OrganisationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const entre::Organisation& org = m_organisations.at(index.row());
    if (role == IdRole)
        return org.id;
    if (role == FoldedNameRole)
        return entre::foldForMatching(org.name);
    if (role == Qt::TextAlignmentRole && index.column() >= RegisteredColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return org.name;
    case TypeColumn:
        return entre::organisationTypeLabel(org.type);
    case CodeColumn:
        return org.registerCode;
    case RegisteredColumn:
        return org.registered;
    case ArrivedColumn:
        return org.arrived;
    default:
        return {};
    }
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case TypeColumn:
        return tr("Type");
    case CodeColumn:
        return tr("Code");
    case RegisteredColumn:
        return tr("Registered");
    case ArrivedColumn:
        return tr("Arrived");
    default:
        return {};
    }
}
