#pragma once

#include "badgecontent.h"
#include "badgestock.h"
#include "badgetemplate.h"
#include "util/result.h"

#include <QList>
#include <QPointF>

#include <functional>

class QPagedPaintDevice;
class QPageLayout;
class QPainter;

namespace entre {

class BadgeRenderer;

// Everything a print run needs besides the people.
struct BadgeJob {
    BadgeStock stock;
    BadgeTemplate badgeTemplate;
    int startPosition = 1;
    QPointF offset;        // printer calibration, mm
    bool outlines = false; // draw each label's outline (test pages, previews)
};

// Called after each badge; returning false cancels the run.
using BadgeProgress = std::function<bool(int done, int total)>;

// The page a stock needs, full page with no margins.
QPageLayout stockPageLayout(const BadgeStock& stock);

// Paints one badge into its place on a page; the painter's units are millimetres with the
// origin at the paper's corner. paintBadges() uses it for every badge; tests on a QImage too.
void paintBadgeAt(QPainter& painter, const BadgeJob& job, const BadgeRenderer& renderer,
                  const QRectF& labelRect, const BadgeContent& badge);

// Paints the badges onto a device whose page layout is already the stock's (a QPdfWriter, a
// QPrinter, a preview). Returns how many badges were painted; Refused when cancelled.
Result<int> paintBadges(QPagedPaintDevice& device, const BadgeJob& job,
                        const QList<BadgeContent>& badges, const BadgeProgress& progress = {});
// A calibration page: every label's outline, a centre cross and the offset in use.
// paintTestSheet() draws it with a painter already in millimetres.
void paintTestSheet(QPainter& painter, const BadgeStock& stock, QPointF offset);
Result<void> paintTestPage(QPagedPaintDevice& device, const BadgeStock& stock, QPointF offset);

// The badges as a PDF file; nothing is left behind when it fails or is cancelled.
Result<int> writeBadgePdf(const QString& path, const BadgeJob& job,
                          const QList<BadgeContent>& badges, const BadgeProgress& progress = {});

} // namespace entre
