#pragma once

#include "desks/deskserver.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace entre {

class Event;

// DeskLink's half on its own thread: a second connection to the event file, the connection to
// the server it listens on, and the rounds of sending and fetching. Every round reports what it
// came to with roundDone(); a round that fails drops the server connection, and the next one
// (at the latest after the catch-up interval) connects again.
class DeskLinkWorker : public QObject {
    Q_OBJECT

public:
    DeskLinkWorker(const Event* event, QString password, std::chrono::milliseconds interval);
    ~DeskLinkWorker() override;

    // Both are called through queued connections, on the worker's thread.
    void start();
    // A round soon; several requests close together make one round.
    void requestRound();

Q_SIGNALS:
    // state is a DeskLink::State.
    void roundDone(int state, int pending, int received, const QString& problem);

private:
    void round();
    bool connectServer(const QString& eventId, QString* problem);
    void notified(const QString& name, QSqlDriver::NotificationSource source,
                  const QVariant& payload);
    int pendingHere() const;

    const Event* m_source;
    QString m_password;
    std::unique_ptr<Event> m_event;
    std::unique_ptr<DeskServer> m_server;
    QString m_eventId;
    QTimer* m_catchUp;
    QTimer* m_soon;
    bool m_wasOffline = false;
};

} // namespace entre
