#include "badgeprintrun.h"

#include "badges/badgefonts.h"
#include "badges/printercalibration.h"
#include "badges/sheetlayout.h"
#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"
#include "event/event.h"
#include "printersetup.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>

namespace entre {
namespace {

// An empty choice is the default; anything else must name a stock or template that exists.
QString orDefault(const QString& name, const QString& fallback)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? fallback : trimmed;
}

} // namespace

Result<QString> findPrinterQueue(const QString& name)
{
    if (name.isEmpty()) {
        const QPrinterInfo standard = QPrinterInfo::defaultPrinter();
        if (standard.isNull())
            return badInput(QCoreApplication::translate(
                "entre::BadgePrintRun",
                "No printer is set up on this computer: add one, or choose a printer queue."));
        return standard.printerName();
    }
    if (QPrinterInfo::printerInfo(name).isNull())
        return badInput(
            QCoreApplication::translate("entre::BadgePrintRun", "There is no printer queue \"%1\".")
                .arg(name));
    return name;
}

Result<BadgeJob> chooseBadgeJob(const Event& event, const BadgeRequest& request,
                                const PrintTarget& target)
{
    auto stock = StockCatalog::find(orDefault(request.stockId, StockCatalog::defaultStockId()));
    if (!stock)
        return stock.error();
    auto own = event.badgeTemplates();
    if (!own)
        return own.error();
    auto badgeTemplate = TemplateCatalog::find(
        orDefault(request.templateName, TemplateCatalog::defaultTemplateName()), own.value());
    if (!badgeTemplate)
        return badgeTemplate.error();
    // A PDF is printed later, on whatever printer: no calibration unless one is given.
    QPointF offset;
    if (request.offset)
        offset = *request.offset;
    else if (!target.isPdf())
        offset = PrinterCalibration::offsetFor(target.name);
    return BadgeJob{stock.value(), badgeTemplate.value(), request.startPosition, offset,
                    request.outlines};
}

Result<BadgePrintRun> BadgePrintRun::prepare(const Event& event, const QList<Attendee>& people,
                                             const BadgeRequest& request, const PrintTarget& target)
{
    auto job = chooseBadgeJob(event, request, target);
    if (!job)
        return job.error();
    if (auto valid = SheetLayout(job->stock, job->startPosition, job->offset).validate(); !valid)
        return valid.error();
    if (people.isEmpty())
        return badInput(QCoreApplication::translate(
            "entre::BadgePrintRun", "Nobody matches: there are no badges to make."));
    BadgePrintRun run;
    run.m_job = job.value();
    run.m_target = target;
    if (target.isPdf()) {
        run.m_destination = target.name;
        run.m_record = request.recordPdf;
    } else {
        auto queue = findPrinterQueue(target.name);
        if (!queue)
            return queue.error();
        run.m_destination = queue.value();
    }
    // Fonts are registered here, on the event's thread, so that execute() may draw on a worker.
    BadgeFonts::ensureLoaded();
    const QString eventName = event.info().name;
    run.m_badges.reserve(people.size());
    run.m_ids.reserve(people.size());
    for (const Attendee& person : people) {
        run.m_badges.append(BadgeContent::fromAttendee(person, eventName));
        run.m_ids.append(person.id);
    }
    return run;
}

Result<int> BadgePrintRun::execute(const BadgeProgress& progress) const
{
    if (m_target.isPdf())
        return writeBadgePdf(m_destination, m_job, m_badges, progress);
    QPrinter printer(QPrinter::HighResolution);
    if (auto selected = selectPrinterQueue(printer, m_destination); !selected)
        return selected.error();
    // CUPS turns job titles into file names: plain ASCII keeps them intact.
    printer.setDocName(QStringLiteral("Entre badges"));
    return printBadges(printer, m_job, m_badges, progress);
}

Result<void> BadgePrintRun::record(Event& event) const
{
    if (!m_record)
        return {};
    return event.recordBadgesPrinted(m_ids, m_destination);
}

Result<BadgePrintRun> BadgePrintRun::run(Event& event, const QList<Attendee>& people,
                                         const BadgeRequest& request, const PrintTarget& target,
                                         const BadgeProgress& progress)
{
    auto prepared = prepare(event, people, request, target);
    if (!prepared)
        return prepared.error();
    if (auto done = prepared->execute(progress); !done)
        return done.error();
    if (auto recorded = prepared->record(event); !recorded)
        return recorded.error();
    return prepared;
}

} // namespace entre
