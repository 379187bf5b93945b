#include "printersetup.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPrinter>
#include <QPrinterInfo>

#include <cmath>

namespace entre {
namespace {

bool near(QSizeF a, QSizeF b, double tolerance)
{
    return std::abs(a.width() - b.width()) <= tolerance &&
           std::abs(a.height() - b.height()) <= tolerance;
}

} // namespace

QPageSize matchPageSize(const QList<QPageSize>& offered, QSizeF stockPageMm, double toleranceMm)
{
    // Sizes are compared portrait; the layout turns them to the stock's orientation.
    const QSizeF wanted =
        stockPageMm.width() > stockPageMm.height() ? stockPageMm.transposed() : stockPageMm;
    QPageSize best;
    double bestDistance = toleranceMm * 2 + 1;
    for (const QPageSize& size : offered) {
        QSizeF mm = size.size(QPageSize::Millimeter);
        if (mm.width() > mm.height())
            mm.transpose();
        if (!near(mm, wanted, toleranceMm))
            continue;
        const double distance =
            std::abs(mm.width() - wanted.width()) + std::abs(mm.height() - wanted.height());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = size;
        }
    }
    return best;
}

Result<void> preparePrinter(QPrinter& printer, const BadgeStock& stock)
{
    QPageLayout layout = stockPageLayout(stock);
    if (printer.outputFormat() == QPrinter::NativeFormat) {
        const QPageSize own =
            matchPageSize(QPrinterInfo(printer).supportedPageSizes(), stock.pageSize);
        if (own.isValid())
            layout.setPageSize(own);
    }
    if (!printer.setPageLayout(layout))
        return failed(
            QCoreApplication::translate("entre::PrinterSetup",
                                        "The printer %1 does not accept the page size of \"%2\".")
                .arg(printer.printerName(), stock.name));
    const QSizeF got = printer.pageLayout().fullRect(QPageLayout::Millimeter).size();
    const QSizeF wanted = stock.pageSize;
    if (!near(got, wanted, 2.0) && !near(got.transposed(), wanted, 2.0))
        return failed(QCoreApplication::translate(
                          "entre::PrinterSetup",
                          "The printer %1 uses a %2 × %3 mm page instead of %4 × %5 mm.")
                          .arg(printer.printerName())
                          .arg(got.width(), 0, 'f', 1)
                          .arg(got.height(), 0, 'f', 1)
                          .arg(wanted.width(), 0, 'f', 1)
                          .arg(wanted.height(), 0, 'f', 1));
    return {};
}

Result<void> selectPrinterQueue(QPrinter& printer, const QString& queue)
{
    if (!queue.isEmpty())
        printer.setPrinterName(queue);
    if (queue.isEmpty() || printer.outputFormat() != QPrinter::NativeFormat ||
        printer.printerName() != queue || QPrinterInfo::printerInfo(queue).isNull())
        return failed(
            QCoreApplication::translate("entre::PrinterSetup", "The printer %1 is not available.")
                .arg(queue));
    return {};
}

Result<int> printBadges(QPrinter& printer, const BadgeJob& job, const QList<BadgeContent>& badges,
                        const BadgeProgress& progress)
{
    if (!printer.isValid())
        return failed(
            QCoreApplication::translate("entre::PrinterSetup", "The printer %1 is not available.")
                .arg(printer.printerName()));
    if (auto prepared = preparePrinter(printer, job.stock); !prepared)
        return prepared.error();
    // Cancelling withdraws the job before the painter would send what was drawn so far.
    const BadgeProgress withdrawOnCancel = [&printer, &progress](int done, int total) {
        if (!progress || progress(done, total))
            return true;
        printer.abort();
        return false;
    };
    return paintBadges(printer, job, badges, withdrawOnCancel);
}

} // namespace entre
