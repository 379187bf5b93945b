#include "badgeprintservice.h"

#include "badges/badgefonts.h"
#include "badgesettings.h"
#include "eventsession.h"
#include "printersetup.h"
#include "store/attendeerepository.h"
#include "store/badgeprintlog.h"

#include <QPointer>
#include <QPrinter>
#include <QPrinterInfo>

BadgePrintService::BadgePrintService(EventSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    // One job at a time keeps badges in the order people arrived.
    m_pool.setMaxThreadCount(1);
    // Application fonts are registered here, on the GUI thread, before any worker draws.
    entre::BadgeFonts::ensureLoaded();
}

BadgePrintService* BadgePrintService::forSession(EventSession* session)
{
    if (!session)
        return nullptr;
    if (auto* existing =
            session->findChild<BadgePrintService*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new BadgePrintService(session, session);
}

BadgePrintService::~BadgePrintService()
{
    m_pool.waitForDone();
}

QString BadgePrintService::printerName() const
{
    return m_printerName.isEmpty() ? BadgeSettings::printerName() : m_printerName;
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
    auto attendee = entre::AttendeeRepository(m_session->database()).byId(attendeeId);
    if (attendee && attendee->has_value())
        printBadge(attendee->value());
}

void BadgePrintService::retryFailed()
{
    const QList<entre::Attendee> again = m_failed.values();
    for (const entre::Attendee& attendee : again)
        printBadge(attendee);
}

void BadgePrintService::printBadge(const entre::Attendee& attendee)
{
    const QString printer = printerName();
    ++m_pending;
    auto job = BadgeSettings::job(m_session->database(), printer);
    if (!job) {
        finish(attendee, job.error().message);
        return;
    }
    const QList<entre::BadgeContent> badge =
        BadgeSettings::contents({attendee}, m_session->eventInfo().name);
    Q_EMIT printStarted(attendee);
    QPointer<BadgePrintService> self(this);
    const entre::BadgeJob run = job.value();
    const QString file = m_outputFile;
    m_pool.start([self, run, badge, attendee, printer, file] {
        QString error;
        const QPrinterInfo info =
            printer.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printer);
        if (file.isEmpty() && info.isNull()) {
            error = tr("There is no printer called \"%1\".")
                        .arg(printer.isEmpty() ? tr("(default)") : printer);
        } else {
            QPrinter device(QPrinter::HighResolution);
            if (file.isEmpty()) {
                device.setPrinterName(info.printerName());
            } else {
                device.setOutputFormat(QPrinter::PdfFormat);
                device.setOutputFileName(file);
            }
            device.setDocName(QStringLiteral("Entre badge ") + attendee.code);
            auto printed = entre::printBadges(device, run, badge);
            if (!printed)
                error = printed.error().message;
        }
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, attendee, error] {
                    if (self)
                        self->finish(attendee, error);
                },
                Qt::QueuedConnection);
    });
}

void BadgePrintService::finish(const entre::Attendee& attendee, const QString& error)
{
    m_pending = std::max(0, m_pending - 1);
    if (!error.isEmpty()) {
        m_failed.insert(attendee.id, attendee);
        Q_EMIT printFailed(attendee, error);
        return;
    }
    m_failed.remove(attendee.id);
    auto recorded = entre::BadgePrintLog(m_session->database())
                        .record({attendee.id}, EventSession::stationName(),
                                m_outputFile.isEmpty() ? printerName() : m_outputFile);
    if (!recorded) {
        Q_EMIT printFailed(attendee, tr("The badge was printed but could not be recorded: %1")
                                         .arg(recorded.error().message));
        return;
    }
    m_session->notifyAttendeesChanged();
    Q_EMIT badgePrinted(attendee);
}
