#pragma once

#include "badges/badgejob.h"
#include "badges/badgestock.h"
#include "util/result.h"

#include <QList>
#include <QPageSize>

class QPrinter;

namespace entre {

// Picks the page size for a stock from the sizes a printer offers: a label printer's driver
// knows its labels in whole points (Dymo 99014 is 154 × 286 pt, 54 × 101 mm is 153 × 286), so
// a size within the tolerance is taken over a custom one. Returns an invalid size for none.
QPageSize matchPageSize(const QList<QPageSize>& offered, QSizeF stockPageMm,
                        double toleranceMm = 1.5);

// Sets a printer up for a stock: matched or custom page size, full page, no margins, and
// checks that the printer accepted the layout.
Result<void> preparePrinter(QPrinter& printer, const BadgeStock& stock);

// Points the printer at a queue. Qt leaves a printer as it was (often on the default printer)
// when given a name it does not know; this fails instead, so that badges never go elsewhere.
Result<void> selectPrinterQueue(QPrinter& printer, const QString& queue);

// prepares the printer and prints the badges on it.
Result<int> printBadges(QPrinter& printer, const BadgeJob& job, const QList<BadgeContent>& badges,
                        const BadgeProgress& progress = {});

} // namespace entre
