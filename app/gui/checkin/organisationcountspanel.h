#pragma once

#include <QWidget>

namespace entre {
class Event;
}
class QLabel;
class QTimer;
class QTreeWidget;

// "87 of 148 arrived" in large type, and arrived/registered per organisation grouped by type
// (municipalities, regions, county councils, ...), each group in Swedish order.
class OrganisationCountsPanel : public QWidget {
    Q_OBJECT

public:
    // Follows the event's counts as they change.
    explicit OrganisationCountsPanel(const entre::Event* event, QWidget* parent = nullptr);

    void refresh();
    // Refreshes a moment later, once for any number of changes: counting a large event takes
    // longer than a check-in, and the green notice should not wait for it.
    void scheduleRefresh();
    QLabel* totalLabel() const { return m_total; }
    QTreeWidget* tree() const { return m_tree; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();

    const entre::Event* m_event;
    QLabel* m_total;
    QTreeWidget* m_tree;
    QTimer* m_refreshTimer;
};
