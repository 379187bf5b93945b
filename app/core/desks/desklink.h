#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <chrono>

namespace entre {

class Event;
class DeskLinkWorker;

// Keeps an open, shared event in step with the other desks while the window is open. The work
// is done on a thread of its own, through a second connection to the event file and one to the
// server, so a slow or vanished network never holds up the door: this desk's entries go to the
// server as soon as they are committed here, other desks' entries come in as soon as the server
// announces them (LISTEN/NOTIFY), and a round every few seconds catches up on whatever a lost
// connection missed. What came in reaches the views through Event::changedElsewhere().
class DeskLink : public QObject {
    Q_OBJECT

public:
    enum class State {
        Connecting, // the first round has not finished
        Connected,  // the last round went through
        CatchingUp, // back after being offline: sending and fetching what was missed
        Offline,    // the server cannot be reached; the desk goes on alone
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds defaultCatchUpInterval = std::chrono::seconds(5);

    // The event must be shared (see Event::publishToDesks) and outlive the link. The password is
    // for this session only; without one, PGPASSWORD or ~/.pgpass is used.
    DeskLink(Event* event, const QString& password, QObject* parent = nullptr,
             std::chrono::milliseconds catchUpInterval = defaultCatchUpInterval);
    ~DeskLink() override;

    State state() const { return m_state; }
    // This desk's entries not yet on the server.
    int pending() const { return m_pending; }
    // Why the desk is offline, as the server or the network said.
    QString problem() const { return m_problem; }

    // Sends and fetches now (after a check-in here, the link does so by itself).
    void syncNow();

Q_SIGNALS:
    void stateChanged(entre::DeskLink::State state, int pending);
    // Entries from other desks were applied here.
    void received(int count);

private:
    void takeRound(int state, int pending, int received, const QString& problem);

    QPointer<Event> m_event;
    QThread m_thread;
    DeskLinkWorker* m_worker = nullptr;
    State m_state = State::Connecting;
    int m_pending = 0;
    QString m_problem;
    bool m_applying = false;
};

} // namespace entre
