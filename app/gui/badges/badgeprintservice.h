#pragma once

#include "badgeprintrun.h"
#include "model/attendee.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace entre {
class Event;
}

// Prints one person's badge without holding up the desk: the run is prepared here, drawn and
// sent to the printer on a worker thread, one after another, and recorded back here; the
// outcome comes as a signal. A failed print leaves the check-in as it was; the person is kept
// for printing again.
class BadgePrintService : public QObject {
    Q_OBJECT

public:
    explicit BadgePrintService(entre::Event* event, QObject* parent = nullptr);
    ~BadgePrintService() override;
    // The one service of an open event, made on first use and gone with the event.
    static BadgePrintService* forEvent(entre::Event* event);

    // Empty: BadgeSettings::printerName(). Tests and the calibration page set their own.
    void setPrinterName(const QString& name) { m_printerName = name; }
    QString printerName() const;
    // Prints into this PDF file instead of a printer (print to file), recorded as printed.
    void setOutputFile(const QString& path) { m_outputFile = path; }
    // People whose last print failed, by id.
    QList<entre::Attendee> failed() const { return m_failed.values(); }
    bool isBusy() const { return m_pending > 0; }

public Q_SLOTS:
    void printBadge(const entre::Attendee& attendee);
    // Connected to the desk's check-in: prints when "Print badge on check-in" is on.
    void onCheckedIn(const entre::Attendee& attendee);
    void onCheckedInId(qint64 attendeeId);
    void retryFailed();

Q_SIGNALS:
    void printStarted(const entre::Attendee& attendee);
    void badgePrinted(const entre::Attendee& attendee);
    void printFailed(const entre::Attendee& attendee, const QString& message);

private:
    entre::PrintTarget target() const;
    void finish(const entre::Attendee& attendee, const entre::BadgePrintRun& run,
                const QString& error);
    void fail(const entre::Attendee& attendee, const QString& message);

    entre::Event* m_event;
    QString m_printerName;
    QString m_outputFile;
    QThreadPool m_pool;
    QHash<qint64, entre::Attendee> m_failed;
    int m_pending = 0;
};
