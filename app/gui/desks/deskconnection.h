#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class DeskStatusIndicator;
class MainWindow;
class QAction;
class QMenu;

namespace entre {
class DeskLink;
class Event;
} // namespace entre

// The window's part in sharing an event between desks: Event → Connect Desks…, the status light,
// and a DeskLink for the open event while it is shared, so that a desk that opens a shared event
// is connected without a question. Passwords typed in the dialog are kept for this session only,
// unless the user chose to remember them (in ~/.pgpass).
class DeskConnection : public QObject {
    Q_OBJECT

public:
    DeskConnection(QMenu* menu, MainWindow* window);
    ~DeskConnection() override;

    QAction* action() const { return m_action; }
    DeskStatusIndicator* indicator() const { return m_indicator; }
    entre::DeskLink* link() const { return m_link.get(); }

    // Starts keeping the event in step when it is shared and open for writing.
    void attach(entre::Event* event);
    // Stops; call it before the event is destroyed.
    void detach();
    // Asks in ConnectDesksDialog and does what the user chose; true when it was done.
    bool run();

private:
    void startLink(const QString& server);

    MainWindow* m_window;
    QAction* m_action;
    DeskStatusIndicator* m_indicator;
    QPointer<entre::Event> m_event;
    std::unique_ptr<entre::DeskLink> m_link;
    QHash<QString, QString> m_passwords; // server URL → password, this session only
};
