#pragma once

#include "store/attendeerepository.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

// The desk's commands with their shortcuts: walk-in (Ctrl+N), edit person (F2), the arrival
// filters (Ctrl+1/2/3) and the text size (Ctrl++, Ctrl+-, Ctrl+0). They live on the page, so
// they work while it is shown and leave the window's menus when it goes.
class DeskActions : public QObject {
    Q_OBJECT

public:
    explicit DeskActions(QWidget* page);

    QAction* walkIn() const { return m_walkIn; }
    QAction* editPerson() const { return m_editPerson; }
    QList<QAction*> filterActions() const;
    // Into Edit after Undo/Redo (before the window's first separator), and at the end of View.
    void addToMenus(QMenu* editMenu, QMenu* viewMenu) const;

Q_SIGNALS:
    void filterChosen(entre::ArrivalFilter filter);
    // +1 larger, -1 smaller, 0 back to normal.
    void textSizeChosen(int step);

private:
    QAction* separator(QWidget* page);
    void createFilters(QWidget* page);
    void createTextSize(QWidget* page);

    QAction* m_walkIn;
    QAction* m_editPerson;
    QActionGroup* m_filters;
    QList<QAction*> m_editMenuActions;
    QList<QAction*> m_viewMenuActions;
};
