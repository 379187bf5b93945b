#include "badgejob.h"

#include "badgefonts.h"
#include "badgerenderer.h"
#include "sheetlayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace entre {
namespace {

// Painter units become millimetres with the origin at the paper's corner.
void toMillimetres(QPainter& painter, const QPagedPaintDevice& device)
{
    painter.scale(device.logicalDpiX() / 25.4, device.logicalDpiY() / 25.4);
}

// A portrait roll label carries its badge turned a quarter, top edge along the label's right.
void moveToLabel(QPainter& painter, const QRectF& label, bool rotate)
{
    if (rotate) {
        painter.translate(label.right(), label.top());
        painter.rotate(90);
    } else {
        painter.translate(label.topLeft());
    }
}

void drawOutline(QPainter& painter, const QRectF& label, double radius)
{
    painter.save();
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(label, radius, radius);
    painter.restore();
}

} // namespace

QPageLayout stockPageLayout(const BadgeStock& stock)
{
    const QSizeF page = stock.pageSize;
    const bool landscape = page.width() > page.height();
    // Page sizes are named portrait; a wide badge is a portrait size turned to landscape.
    const QPageSize size(landscape ? page.transposed() : page, QPageSize::Millimeter, stock.name,
                         QPageSize::FuzzyMatch);
    QPageLayout layout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    // Driver margins must not move the badges: paint from the paper's corner.
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

void paintBadgeAt(QPainter& painter, const BadgeJob& job, const BadgeRenderer& renderer,
                  const QRectF& labelRect, const BadgeContent& badge)
{
    if (job.outlines)
        drawOutline(painter, labelRect, job.stock.cornerRadius);
    painter.save();
    moveToLabel(painter, labelRect, job.stock.rotateContent);
    renderer.paint(painter, job.stock.badgeSize(), badge, job.stock.cornerRadius);
    painter.restore();
}

Result<int> paintBadges(QPagedPaintDevice& device, const BadgeJob& job,
                        const QList<BadgeContent>& badges, const BadgeProgress& progress)
{
    const SheetLayout sheet(job.stock, job.startPosition, job.offset);
    if (auto valid = sheet.validate(); !valid)
        return valid.error();
    if (badges.isEmpty())
        return badInput(
            QCoreApplication::translate("entre::BadgeJob", "There are no badges to print."));
    if (!BadgeFonts::ensureLoaded())
        return failed(
            QCoreApplication::translate("entre::BadgeJob", "The badge font could not be loaded."));

    const BadgeRenderer renderer(job.badgeTemplate);
    QPainter painter;
    if (!painter.begin(&device))
        return failed(QCoreApplication::translate(
            "entre::BadgeJob", "Printing could not start: the printer or file is not available."));
    toMillimetres(painter, device);
    int page = 0;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const BadgePlacement placed = sheet.placement(int(i));
        if (placed.page != page) {
            if (!device.newPage()) {
                painter.end();
                return failed(QCoreApplication::translate("entre::BadgeJob",
                                                          "The printer refused a new page."));
            }
            page = placed.page;
        }
        paintBadgeAt(painter, job, renderer, placed.labelRect, badges.at(i));
        if (progress && !progress(int(i) + 1, int(badges.size()))) {
            // A printer job was withdrawn by printBadges(); a half-painted PDF is discarded by
            // the caller.
            painter.end();
            return refused(
                QCoreApplication::translate("entre::BadgeJob", "Printing was cancelled."));
        }
    }
    if (!painter.end())
        return failed(QCoreApplication::translate("entre::BadgeJob",
                                                  "The badges could not be sent to the printer."));
    return int(badges.size());
}

void paintTestSheet(QPainter& painter, const BadgeStock& stock, QPointF offset)
{
    BadgeFonts::ensureLoaded();
    const SheetLayout sheet(stock, 1, offset);
    painter.save();
    painter.setFont(BadgeFonts::font(3, false));
    painter.setPen(QPen(Qt::black, 0.25));
    painter.setBrush(Qt::NoBrush);
    for (int slot = 0; slot < stock.labelsPerPage(); ++slot) {
        const QRectF label = sheet.placement(slot).labelRect;
        painter.drawRoundedRect(label, stock.cornerRadius, stock.cornerRadius);
        const QPointF c = label.center();
        painter.drawLine(QLineF(c.x() - 4, c.y(), c.x() + 4, c.y()));
        painter.drawLine(QLineF(c.x(), c.y() - 4, c.x(), c.y() + 4));
        painter.drawText(label.adjusted(2, 2, -2, -2), Qt::AlignLeft | Qt::AlignTop,
                         QCoreApplication::translate("entre::BadgeJob", "%1\nOffset %2 mm, %3 mm")
                             .arg(stock.name)
                             .arg(offset.x(), 0, 'f', 1)
                             .arg(offset.y(), 0, 'f', 1));
    }
    painter.restore();
}

Result<void> paintTestPage(QPagedPaintDevice& device, const BadgeStock& stock, QPointF offset)
{
    QPainter painter;
    if (!painter.begin(&device))
        return failed(QCoreApplication::translate(
            "entre::BadgeJob", "Printing could not start: the printer or file is not available."));
    toMillimetres(painter, device);
    paintTestSheet(painter, stock, offset);
    if (!painter.end())
        return failed(QCoreApplication::translate(
            "entre::BadgeJob", "The test page could not be sent to the printer."));
    return {};
}

Result<int> writeBadgePdf(const QString& path, const BadgeJob& job,
                          const QList<BadgeContent>& badges, const BadgeProgress& progress)
{
    // Written beside the target and renamed at the end, so a failed run leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(QCoreApplication::translate("entre::BadgeJob", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    int painted = 0;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Entré"));
        writer.setTitle(QCoreApplication::translate("entre::BadgeJob", "Name badges"));
        writer.setResolution(600);
        if (!writer.setPageLayout(stockPageLayout(job.stock)))
            return failed(QCoreApplication::translate("entre::BadgeJob",
                                                      "The PDF page could not be set to %1.")
                              .arg(job.stock.name));
        auto result = paintBadges(writer, job, badges, progress);
        if (!result) {
            file.cancelWriting();
            return result.error();
        }
        painted = result.value();
    }
    if (!file.commit())
        return failed(QCoreApplication::translate("entre::BadgeJob", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    return painted;
}

} // namespace entre
