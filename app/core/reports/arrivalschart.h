#pragma once

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QTimeZone>

class QPainter;

namespace entre {

// The check-ins of one stretch of local time.
struct ArrivalBin {
    QDateTime start; // in the series' zone, on whole tens of minutes (or the bin width)
    int count = 0;
};

// Check-ins counted per stretch of local time, from the first arrival's stretch to the last's,
// empty stretches included.
struct ArrivalSeries {
    QList<ArrivalBin> bins;
    int registered = 0;
    int arrived = 0;
    int minutes = 10; // the width of each bin
};

// The series of these check-in times (invalid times are left out) in bins of the given minutes
// of local time in zone. Arrivals spread over more than a few days get wider bins (a multiple of
// the width asked for) so that the chart stays readable; minutes in the series says which.
ArrivalSeries arrivalSeries(const QList<QDateTime>& checkInTimes, int registered, int minutes = 10,
                            const QTimeZone& zone = QTimeZone::systemTimeZone());

// After each bin, the share of the registered people who had arrived, from 0 to 1 (arrivals
// compared with themselves when nobody is registered, as for walk-ins only).
QList<double> cumulativeShares(const ArrivalSeries& series);

// The colours of the bars and of the cumulative line.
QColor arrivalsBarColour();
QColor arrivalsLineColour();

// Paints the chart inside area: bars of check-ins per bin against a count axis on the left, the
// cumulative share of registered people as a line against 0-100 % on the right, hh:mm along the
// time axis and a legend above; "No one has checked in yet." when there are no bins. Text and
// axes take the painter's pen colour, so a window can paint it in its palette's text colour.
// Every size (text, pens, gaps) follows the font as measured on the painter's device, so the
// same call suits a small widget and a page at printer resolution.
void paintArrivalsChart(QPainter& painter, const QRectF& area, const ArrivalSeries& series,
                        const QFont& font);

} // namespace entre
