#include "badgeprintservice.h"

#include "badges/badgefonts.h"
#include "badgesettings.h"
#include "event/event.h"

#include <QPointer>

BadgePrintService::BadgePrintService(entre::Event* event, QObject* parent)
    : QObject(parent)
    , m_event(event)
{
    // One job at a time keeps badges in the order people arrived.
    m_pool.setMaxThreadCount(1);
    // Application fonts are registered here, on the GUI thread, before any worker draws.
    entre::BadgeFonts::ensureLoaded();
}

BadgePrintService* BadgePrintService::forEvent(entre::Event* event)
{
    if (!event)
        return nullptr;
    if (auto* existing =
            event->findChild<BadgePrintService*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new BadgePrintService(event, event);
}

BadgePrintService::~BadgePrintService()
{
    m_pool.waitForDone();
}

QString BadgePrintService::printerName() const
{
    return m_printerName.isEmpty() ? BadgeSettings::printerName() : m_printerName;
}

entre::PrintTarget BadgePrintService::target() const
{
    return m_outputFile.isEmpty() ? entre::PrintTarget::printer(printerName())
                                  : entre::PrintTarget::pdf(m_outputFile);
}

void BadgePrintService::onCheckedIn(const entre::Attendee& attendee)
{
    if (BadgeSettings::printOnCheckIn())
        printBadge(attendee);
}

void BadgePrintService::onCheckedInId(qint64 attendeeId)
{
    if (!BadgeSettings::printOnCheckIn())
        return;
    if (auto attendee = m_event->attendee(attendeeId))
        printBadge(attendee.value());
}

void BadgePrintService::retryFailed()
{
    const QList<entre::Attendee> again = m_failed.values();
    for (const entre::Attendee& attendee : again)
        printBadge(attendee);
}

void BadgePrintService::printBadge(const entre::Attendee& attendee)
{
    entre::BadgeRequest request = BadgeSettings::request();
    request.recordPdf = true; // a print to file stands in for the printer
    auto run = entre::BadgePrintRun::prepare(*m_event, {attendee}, request, target());
    if (!run) {
        fail(attendee, run.error().message);
        return;
    }
    ++m_pending;
    Q_EMIT printStarted(attendee);
    QPointer<BadgePrintService> self(this);
    m_pool.start([self, run = run.value(), attendee] {
        auto printed = run.execute();
        const QString error = printed ? QString() : printed.error().message;
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, run, attendee, error] {
                    if (self)
                        self->finish(attendee, run, error);
                },
                Qt::QueuedConnection);
    });
}

void BadgePrintService::finish(const entre::Attendee& attendee, const entre::BadgePrintRun& run,
                               const QString& error)
{
    m_pending = std::max(0, m_pending - 1);
    if (!error.isEmpty()) {
        fail(attendee, error);
        return;
    }
    // Printed: not to be printed again, even when it cannot be recorded.
    m_failed.remove(attendee.id);
    if (auto recorded = run.record(*m_event); !recorded) {
        Q_EMIT printFailed(attendee, tr("The badge was printed but could not be recorded: %1")
                                         .arg(recorded.error().message));
        return;
    }
    Q_EMIT badgePrinted(attendee);
}

void BadgePrintService::fail(const entre::Attendee& attendee, const QString& message)
{
    m_failed.insert(attendee.id, attendee);
    Q_EMIT printFailed(attendee, message);
}
