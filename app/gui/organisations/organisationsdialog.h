#pragma once

#include <QDialog>

namespace entre {
class Event;
}
class OrganisationTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Event → Organisations…: every organisation with its counts; rename, change the type or merge
// one into another. The event remembers old names as aliases, so a later import follows.
class OrganisationsDialog : public QDialog {
    Q_OBJECT

public:
    explicit OrganisationsDialog(entre::Event* event, QWidget* parent = nullptr);

    OrganisationTableModel* model() const { return m_model; }
    // Selects the organisation with this name; false when there is none.
    bool select(const QString& name);

private:
    void setUpTable();
    qint64 selectedId() const;
    void selectionChanged();
    void rename();
    void retype();
    void merge();
    void afterChange(const QString& error, qint64 keepSelected);

    entre::Event* m_event;
    OrganisationTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLineEdit* m_name;
    QPushButton* m_rename;
    QComboBox* m_type;
    QComboBox* m_mergeTarget;
    QPushButton* m_merge;
    QLabel* m_message;
};
