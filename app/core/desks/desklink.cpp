#include "desklink.h"

#include "desks/desklinkworker.h"
#include "event/event.h"

namespace entre {

DeskLink::DeskLink(Event* event, const QString& password, QObject* parent,
                   std::chrono::milliseconds catchUpInterval)
    : QObject(parent)
    , m_event(event)
    , m_worker(new DeskLinkWorker(event, password, catchUpInterval))
{
    m_thread.setObjectName(QStringLiteral("entre-desks"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DeskLinkWorker::roundDone, this, &DeskLink::takeRound, Qt::QueuedConnection);
    // A check-in, an undo or a walk-in here goes to the others at once (all three change the
    // counts), and so does an edit (the person changed) or a badge print (the list changed).
    // Rounds asked for together run once.
    const auto sendNow = [this] {
        if (!m_applying)
            syncNow();
    };
    connect(event, &Event::countsChanged, this, sendNow);
    connect(event, &Event::attendeeChanged, this, sendNow);
    connect(event, &Event::attendeesChanged, this, sendNow);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &DeskLinkWorker::start, Qt::QueuedConnection);
}

DeskLink::~DeskLink()
{
    m_thread.quit();
    m_thread.wait();
}

void DeskLink::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &DeskLinkWorker::requestRound, Qt::QueuedConnection);
}

void DeskLink::takeRound(int state, int pending, int received, const QString& problem)
{
    const auto newState = static_cast<State>(state);
    const bool changed = newState != m_state || pending != m_pending || problem != m_problem;
    m_state = newState;
    m_pending = pending;
    m_problem = problem;
    if (received > 0) {
        // What came from the others needs no round of its own.
        m_applying = true;
        if (m_event)
            m_event->changedElsewhere();
        m_applying = false;
        Q_EMIT this->received(received);
    }
    if (changed)
        Q_EMIT stateChanged(m_state, m_pending);
}

} // namespace entre
