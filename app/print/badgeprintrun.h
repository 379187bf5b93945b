#pragma once

#include "badges/badgecontent.h"
#include "badges/badgejob.h"
#include "model/attendee.h"
#include "util/result.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace entre {

class Event;

// Where a print run goes: a printer queue (empty name: the system's default printer) or a PDF.
struct PrintTarget {
    enum class Kind { Printer, Pdf };
    Kind kind = Kind::Printer;
    QString name; // queue name, or the PDF's path

    static PrintTarget printer(const QString& queue = {}) { return {Kind::Printer, queue}; }
    static PrintTarget pdf(const QString& path) { return {Kind::Pdf, path}; }
    bool isPdf() const { return kind == Kind::Pdf; }
};

// What a run prints besides the people, as the user chose it. Empty names mean the defaults;
// a name that is neither a stock nor a template (built-in or the event's own) is bad input.
struct BadgeRequest {
    QString stockId;
    QString templateName;
    int startPosition = 1;
    std::optional<QPointF> offset; // none: the calibration saved for the printer (0,0 for a PDF)
    bool outlines = false;
    bool recordPdf = false; // a PDF counts as printed only when asked; a printer always does
};

// The printer queue a name stands for (empty: the default printer), or an error that says
// there is no such queue or no printer at all.
Result<QString> findPrinterQueue(const QString& name);

// The stock, template and offset a run for this target would use, without people and without
// looking for the printer: what a dialog shows before anything is printed. Reads the event's
// templates and the printer's calibration.
Result<BadgeJob> chooseBadgeJob(const Event& event, const BadgeRequest& request,
                                const PrintTarget& target);

// The one way badges are printed, by the command line, the batch dialog and the desk's
// print-on-check-in alike: choose stock, template and calibration; draw the badges; send them
// to the printer or the PDF; record them as printed. prepare() and record() read and write the
// event on its thread; execute() touches no event and may run on a worker thread.
class BadgePrintRun {
public:
    // Chooses the job (see chooseBadgeJob) and the printer queue, and fills in each person's
    // badge. BadInput for an unknown stock, template or queue, a start position off the sheet,
    // or nobody to print.
    static Result<BadgePrintRun> prepare(const Event& event, const QList<Attendee>& people,
                                         const BadgeRequest& request, const PrintTarget& target);
    // Draws and prints; returns how many badges went out. Refused when progress cancels.
    Result<int> execute(const BadgeProgress& progress = {}) const;
    // Marks the people as printed on the target, unless the target is a PDF not to be recorded.
    Result<void> record(Event& event) const;
    // prepare, execute and record in a row.
    static Result<BadgePrintRun> run(Event& event, const QList<Attendee>& people,
                                     const BadgeRequest& request, const PrintTarget& target,
                                     const BadgeProgress& progress = {});

    const BadgeJob& job() const { return m_job; }
    const PrintTarget& target() const { return m_target; }
    // Where the badges go, as recorded: the queue (the default printer by its name) or the PDF.
    QString destination() const { return m_destination; }
    const QList<BadgeContent>& badges() const { return m_badges; }
    int size() const { return static_cast<int>(m_badges.size()); }
    QList<qint64> attendeeIds() const { return m_ids; }

private:
    BadgeJob m_job;
    PrintTarget m_target;
    QString m_destination;
    bool m_record = true;
    QList<BadgeContent> m_badges;
    QList<qint64> m_ids;
};

} // namespace entre
