#pragma once

#include "store/auditlog.h"

#include <QAbstractTableModel>
#include <QList>

// The event's history as a table: time, station, what, person, organisation, detail.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Station, What, Person, Organisation, Detail, ColumnCount };

    explicit HistoryTableModel(QObject* parent = nullptr);

    void setEntries(QList<entre::AuditEntry> entries);
    const QList<entre::AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<entre::AuditEntry> m_entries;
};
