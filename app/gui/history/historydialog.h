#pragma once

#include "store/auditlog.h"

#include <QDialog>

#include <functional>

namespace entre {
class Event;
}
class HistoryTableModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

// Event → History…: everything that happened to the event (check-ins, undos, walk-ins, edits,
// imports, badges, erasures, lock take-overs, restores), newest first, with its time, station and
// what changed, filtered by kind, station, a person's name or code and a time span. Export…
// writes what the filters select as CSV. It follows the event's change signals.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    using EventSource = std::function<entre::Event*()>;
    // The dialog shows at most this many entries, the newest; the export has them all.
    static constexpr int shownLimit = 5000;

    // Puts History… (Ctrl+H) into the menu; it opens the dialog for the open event.
    static QAction* addAction(QMenu* menu, QWidget* window, EventSource event);

    explicit HistoryDialog(entre::Event* event, QWidget* parent = nullptr);

    HistoryTableModel* model() const { return m_model; }
    // What the filters select, without the limit of the table.
    entre::AuditFilter filter() const;
    // Writes the filtered history to path as CSV; false (and the user told why) on failure.
    bool exportTo(const QString& path, QChar delimiter = u';');

private:
    QWidget* createFilters();
    void reloadStations();
    void refresh();
    void chooseAndExport();

    entre::Event* m_event;
    HistoryTableModel* m_model;
    QComboBox* m_kind;
    QComboBox* m_station;
    QLineEdit* m_text;
    QCheckBox* m_fromEnabled;
    QDateTimeEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_to;
    QTableView* m_table;
    QLabel* m_message;
    QTimer* m_refreshTimer;
};
