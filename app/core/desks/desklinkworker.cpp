#include "desklinkworker.h"

#include "desks/desklink.h"
#include "event/event.h"

#include <QCoreApplication>

namespace entre {
namespace {

// Short, so that a desk that lost the network says so quickly; the next round tries again.
constexpr int connectTimeoutSeconds = 3;

int asInt(DeskLink::State state)
{
    return static_cast<int>(state);
}

} // namespace

DeskLinkWorker::DeskLinkWorker(const Event* event, QString password,
                               std::chrono::milliseconds interval)
    : m_source(event)
    , m_password(std::move(password))
    , m_catchUp(new QTimer(this))
    , m_soon(new QTimer(this))
{
    m_catchUp->setInterval(interval);
    m_soon->setSingleShot(true);
    m_soon->setInterval(0);
    connect(m_catchUp, &QTimer::timeout, this, &DeskLinkWorker::round);
    connect(m_soon, &QTimer::timeout, this, &DeskLinkWorker::round);
}

// The connections were made on this thread and are closed on it.
DeskLinkWorker::~DeskLinkWorker() = default;

void DeskLinkWorker::start()
{
    m_catchUp->start();
    round();
}

void DeskLinkWorker::requestRound()
{
    if (!m_soon->isActive())
        m_soon->start();
}

void DeskLinkWorker::round()
{
    m_catchUp->start(); // the next catch-up counts from now
    if (!m_event) {
        auto sibling = m_source->openSibling();
        if (!sibling) {
            Q_EMIT roundDone(asInt(DeskLink::State::Offline), 0, 0, sibling.error().message);
            return;
        }
        m_event = std::move(sibling).value();
    }
    auto status = m_event->deskStatus();
    if (!status) {
        Q_EMIT roundDone(asInt(DeskLink::State::Offline), 0, 0, status.error().message);
        return;
    }
    if (!m_server) {
        QString problem;
        if (!connectServer(status->link.eventId, &problem)) {
            m_wasOffline = true;
            Q_EMIT roundDone(asInt(DeskLink::State::Offline), status->pending, 0, problem);
            return;
        }
        if (m_wasOffline)
            Q_EMIT roundDone(asInt(DeskLink::State::CatchingUp), status->pending, 0, {});
    }
    auto report = m_event->syncDesks(*m_server);
    if (!report) {
        m_server.reset();
        m_wasOffline = true;
        Q_EMIT roundDone(asInt(DeskLink::State::Offline), pendingHere(), 0, report.error().message);
        return;
    }
    m_wasOffline = false;
    Q_EMIT roundDone(asInt(DeskLink::State::Connected), report->pending, report->received, {});
}

bool DeskLinkWorker::connectServer(const QString& eventId, QString* problem)
{
    auto server = m_event->connectDeskServer(m_password, connectTimeoutSeconds);
    if (!server) {
        *problem = server.error().message;
        return false;
    }
    m_server = std::move(server).value();
    m_eventId = eventId;
    QSqlDriver* driver = m_server->database().driver();
    connect(driver, &QSqlDriver::notification, this, &DeskLinkWorker::notified);
    if (!driver->subscribeToNotification(QString::fromLatin1(DeskServer::channel))) {
        // Without notices the catch-up rounds still bring everything, only later.
        qWarning("entre: the desks' server does not announce new entries; catching up every %lld "
                 "ms instead",
                 static_cast<long long>(m_catchUp->intervalAsDuration().count()));
    }
    return true;
}

void DeskLinkWorker::notified(const QString& name, QSqlDriver::NotificationSource source,
                              const QVariant& payload)
{
    // This desk's own sends are announced to it too; there is nothing to fetch for those.
    if (source == QSqlDriver::SelfSource || name != QLatin1String(DeskServer::channel) ||
        payload.toString() != m_eventId)
        return;
    requestRound();
}

int DeskLinkWorker::pendingHere() const
{
    auto status = m_event->deskStatus();
    return status ? status->pending : 0;
}

} // namespace entre
