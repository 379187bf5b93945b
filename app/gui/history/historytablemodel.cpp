#include "historytablemodel.h"

#include <QLocale>

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void HistoryTableModel::setEntries(QList<entre::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const entre::AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return entry.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        // Seconds matter when two desks tick the same person.
        return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Station:
        return entry.station;
    case What:
        return entre::auditKindName(entry.kind);
    case Person:
        return entry.person;
    case Organisation:
        return entry.organisation;
    case Detail:
        return entry.detail;
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Station:
        return tr("Station");
    case What:
        return tr("What");
    case Person:
        return tr("Person");
    case Organisation:
        return tr("Organisation");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}
