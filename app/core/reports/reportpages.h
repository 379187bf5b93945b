#pragma once

#include "model/eventinfo.h"
#include "reportline.h"

#include <QByteArray>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace entre {

// The page machinery every printed report shares: A4 portrait, laid out in points whatever the
// device's resolution, the report's title with the event's name, date and venue at the top of the
// first page and in a line at the top of the others, "Page N of M" and when it was generated at
// the foot of each, and the report's blocks flowed from page to page.
namespace reportpages {

constexpr qreal pageWidth = 595;
constexpr qreal pageHeight = 842;
constexpr qreal margin = 50;
constexpr qreal contentWidth = pageWidth - 2 * margin;

// One piece of a report: how tall it is and how it is painted in a box that wide and tall.
struct Block {
    qreal height = 0;
    // again is true when a repeated block is painted anew at the top of a following page.
    std::function<void(QPainter& painter, const QRectF& box, bool again)> paint;
    bool keepWithNext = false; // a heading never ends a page
    bool pageBefore = false;   // starts a new page (unless the page is still empty)
    // Painted again at the top of each following page that the blocks after it continue on (a
    // table's heading and column titles), until the next page break that a block asks for.
    bool repeated = false;
};

struct Heading {
    QString title; // "Attendance list", "Sign-in sheet"...
    EventInfo event;
    QDateTime generatedAt;
};

// A font in the pages' points (a pixel there is a point on paper).
QFont font(qreal points, bool bold = false);

// The event's date and venue as the header shows them, "15 June 2026 · Lycksele".
QString eventWhenAndWhere(const EventInfo& info);

// Sets the device to A4 portrait and paints the blocks, page after page. Does nothing when the
// device cannot be painted on.
void paint(QPagedPaintDevice& device, const Heading& heading, const QList<Block>& blocks);

// The lines of a grouped report as blocks: types and totals large and bold, organisations bold,
// people indented, the detail right-aligned, a rule above subtotals and the total.
QList<Block> lineBlocks(const QList<ReportLine>& lines);

// A PDF of a report: a writer at 1200 dpi with the title in its properties, A4 without margins,
// handed to paintPages.
QByteArray pdf(const QString& title, const std::function<void(QPagedPaintDevice&)>& paintPages);

} // namespace reportpages
} // namespace entre
