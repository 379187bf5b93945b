#include "arrivalschart.h"

#include <algorithm>

namespace entre {
namespace {

// More bins than this (three days of ten minutes) would make bars thinner than a pixel on a
// small widget; the bins are widened instead.
constexpr qint64 maxBins = 432;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

// The smallest multiple of minutes, in steps that keep bins on round times, that covers the
// span in at most maxBins bins.
int binWidth(qint64 spanSeconds, int minutes)
{
    static const int factors[] = {1, 2, 3, 6, 12, 18, 24, 36, 48, 72, 144};
    qint64 factor = 1;
    for (int candidate : factors) {
        factor = candidate;
        if (spanSeconds / (qint64(minutes) * 60 * factor) < maxBins)
            return int(minutes * factor);
    }
    while (spanSeconds / (qint64(minutes) * 60 * factor) >= maxBins)
        factor *= 2;
    return int(minutes * factor);
}

} // namespace

ArrivalSeries arrivalSeries(const QList<QDateTime>& checkInTimes, int registered, int minutes,
                            const QTimeZone& zone)
{
    ArrivalSeries series;
    series.registered = registered;
    series.minutes = std::max(1, minutes);
    QList<qint64> seconds;
    for (const QDateTime& time : checkInTimes) {
        if (time.isValid())
            seconds.append(time.toSecsSinceEpoch());
    }
    series.arrived = int(seconds.size());
    if (seconds.isEmpty())
        return series;
    const auto [low, high] = std::minmax_element(seconds.begin(), seconds.end());
    series.minutes = binWidth(*high - *low, series.minutes);
    const qint64 width = qint64(series.minutes) * 60;
    // Bins fall on the local clock's tens of minutes as it reads at the first arrival. They
    // follow each other in real time, so a change to or from summer time leaves no bin that
    // never happened or happened twice; the clock then still reads whole tens at their starts.
    const qint64 offset = QDateTime::fromSecsSinceEpoch(*low, zone).offsetFromUtc();
    const qint64 first = floorDiv(*low + offset, width);
    const qint64 last = floorDiv(*high + offset, width);
    for (qint64 bin = first; bin <= last; ++bin)
        series.bins.append({QDateTime::fromSecsSinceEpoch(bin * width - offset, zone), 0});
    for (qint64 second : seconds)
        ++series.bins[floorDiv(second + offset, width) - first].count;
    return series;
}

QList<double> cumulativeShares(const ArrivalSeries& series)
{
    const int whole = std::max({series.registered, series.arrived, 1});
    QList<double> shares;
    shares.reserve(series.bins.size());
    int sofar = 0;
    for (const ArrivalBin& bin : series.bins) {
        sofar += bin.count;
        shares.append(std::min(1.0, double(sofar) / whole));
    }
    return shares;
}

QColor arrivalsBarColour()
{
    return QColor(0x3d, 0x7c, 0xc9);
}

QColor arrivalsLineColour()
{
    return QColor(0xe0, 0x7a, 0x10);
}

} // namespace entre
