#pragma once

#include "store/organisationrepository.h"

namespace entre {
class Event;
}

#include <QAbstractTableModel>

// The event's organisations with how many are registered and how many have arrived.
class OrganisationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        CodeColumn,
        RegisteredColumn,
        ArrivedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, FoldedNameRole };

    explicit OrganisationTableModel(const entre::Event* event, QObject* parent = nullptr);

    // Reads the organisations again; an error message when the event could not be read.
    QString reload();
    const entre::Organisation& organisationAt(int row) const { return m_organisations.at(row); }
    int rowOf(qint64 id) const;
    const QList<entre::Organisation>& organisations() const { return m_organisations; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const entre::Event* m_event;
    QList<entre::Organisation> m_organisations;
};
