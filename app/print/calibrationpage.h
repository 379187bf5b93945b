#pragma once

#include "badges/badgestock.h"
#include "util/result.h"

#include <QPointF>
#include <QString>

namespace entre {

// Prints the calibration page of a stock (every label's outline, moved by the offset) on a
// printer queue (empty: the default printer). Returns the queue it went to.
Result<QString> printCalibrationPage(const QString& queue, const BadgeStock& stock,
                                     QPointF offsetMm);

} // namespace entre
