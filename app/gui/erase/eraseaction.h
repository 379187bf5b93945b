#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// Event → Erase Personal Data…: asks (see EraseDialog), erases the open event's personal data and
// that of its backups, empties the desk's undo list (its entries name people) and tells the user
// what was done.
class EraseAction : public QObject {
    Q_OBJECT

public:
    EraseAction(QMenu* menu, MainWindow* window);

    QAction* action() const { return m_action; }
    // Asks, then erases; true when the personal data was erased.
    bool run();

private:
    MainWindow* m_window;
    QAction* m_action;
};
