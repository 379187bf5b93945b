#include "arrivalschart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

// The arrivals chart painted with QPainter alone. Every length is a multiple of the font's
// height on the painter's device (em), so the chart keeps its proportions from a widget at
// screen resolution to a page at 1200 dpi.
namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct ArrivalsChartText {
    Q_DECLARE_TR_FUNCTIONS(entre::ArrivalsChart)
};

struct Frame {
    QRectF plot; // where bars and the line go
    qreal em = 1;
    qreal pen = 1;  // thin lines: axes, ticks, grid
    QColor ink;     // the painter's pen colour when called
    qreal slot = 1; // the width of a bin
    int countMax = 1;
    int countStep = 1;
};

// A few bins take no more than their share of this many, so that the first minutes of the day do
// not show as a wall of colour.
constexpr int fewestSlots = 6;

// The font as given, made smaller when the area is too small for it; never larger.
QFont fittedFont(QPainter& painter, const QRectF& area, const QFont& font)
{
    const qreal height = QFontMetricsF(font, painter.device()).height();
    const qreal factor =
        std::min({1.0, area.height() / (10 * height), area.width() / (22 * height)});
    if (factor >= 1.0)
        return font;
    QFont smaller(font);
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(std::max(1.0, font.pointSizeF() * factor));
    else
        smaller.setPixelSize(std::max(4, int(font.pixelSize() * factor)));
    return smaller;
}

// A step of 1, 2 or 5 times a power of ten that divides 0..largest into at most `ticks` steps.
int niceStep(int largest, int ticks)
{
    for (qint64 power = 1;; power *= 10) {
        for (int multiple : {1, 2, 5}) {
            const qint64 step = power * multiple;
            if ((largest + step - 1) / step <= ticks)
                return int(step);
        }
    }
}

QString percent(int value)
{
    return ArrivalsChartText::tr("%1 %").arg(QLocale().toString(value));
}

QString barLegend(int minutes)
{
    if (minutes >= 60 && minutes % 60 == 0)
        return ArrivalsChartText::tr("Check-ins per %1 h").arg(minutes / 60);
    return ArrivalsChartText::tr("Check-ins per %1 min").arg(minutes);
}

// The legend above the plot, on one row or two; returns the height it took.
qreal paintLegend(QPainter& painter, const QRectF& area, const Frame& frame, int minutes)
{
    const QFontMetricsF metrics = painter.fontMetrics();
    const qreal em = frame.em;
    const QString bars = barLegend(minutes);
    const QString line = ArrivalsChartText::tr("Arrived so far, % of registered");
    const qreal barsWidth = 1.4 * em + metrics.horizontalAdvance(bars);
    const qreal lineWidth = 1.9 * em + metrics.horizontalAdvance(line);
    const bool oneRow = barsWidth + em + lineWidth <= area.width();
    const qreal rowHeight = 1.3 * em;
    QPointF at = area.topLeft();
    const qreal swatch = 0.7 * em;
    painter.fillRect(QRectF(at.x(), at.y() + (rowHeight - swatch) / 2, swatch, swatch),
                     arrivalsBarColour());
    painter.setPen(frame.ink);
    painter.drawText(QRectF(at.x() + 1.1 * em, at.y(), barsWidth, rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, bars);
    at = oneRow ? QPointF(at.x() + barsWidth + em, at.y()) : QPointF(at.x(), at.y() + rowHeight);
    painter.setPen(QPen(arrivalsLineColour(), 0.18 * em, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(at.x(), at.y() + rowHeight / 2),
                     QPointF(at.x() + 1.4 * em, at.y() + rowHeight / 2));
    painter.setPen(frame.ink);
    painter.drawText(QRectF(at.x() + 1.9 * em, at.y(), lineWidth, rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, line);
    return (oneRow ? 1 : 2) * rowHeight + 0.4 * em;
}

// Paints the legend and says where the plot goes once the legend, the axes' labels and the time
// labels have their room.
Frame legendAndFrame(QPainter& painter, const QRectF& area, const ArrivalSeries& series)
{
    Frame frame;
    frame.ink = painter.pen().color();
    const QFontMetricsF metrics = painter.fontMetrics();
    frame.em = metrics.height();
    frame.pen = std::max(0.06 * frame.em, 1.0);
    const qreal legend = paintLegend(painter, area, frame, series.minutes);
    int largest = 1;
    for (const ArrivalBin& bin : series.bins)
        largest = std::max(largest, bin.count);
    const qreal plotHeight = area.height() - legend - 1.5 * frame.em;
    const int ticks = std::clamp(int(plotHeight / (1.8 * frame.em)), 1, 5);
    frame.countStep = niceStep(largest, ticks);
    frame.countMax = (largest + frame.countStep - 1) / frame.countStep * frame.countStep;
    const qreal left = metrics.horizontalAdvance(QLocale().toString(frame.countMax)) + frame.em;
    const qreal right = metrics.horizontalAdvance(percent(100)) + frame.em;
    frame.plot = QRectF(area.left() + left, area.top() + legend + 0.5 * frame.em,
                        area.width() - left - right, plotHeight - 0.5 * frame.em);
    frame.slot = frame.plot.width() / std::max<qsizetype>(series.bins.size(), fewestSlots);
    return frame;
}

void paintAxes(QPainter& painter, const Frame& frame)
{
    const QRectF& plot = frame.plot;
    const qreal em = frame.em;
    QColor grid = frame.ink;
    grid.setAlphaF(0.2f);
    for (int value = 0; value <= frame.countMax; value += frame.countStep) {
        const qreal y = plot.bottom() - plot.height() * value / frame.countMax;
        painter.setPen(QPen(grid, frame.pen));
        if (value > 0)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(frame.ink);
        painter.drawText(QRectF(plot.left() - 5 * em, y - em / 2, 4.6 * em, em),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value));
    }
    const int shareStep = plot.height() >= 4.5 * em ? 25 : 50;
    for (int share = 0; share <= 100; share += shareStep) {
        const qreal y = plot.bottom() - plot.height() * share / 100;
        painter.setPen(QPen(arrivalsLineColour(), frame.pen));
        painter.drawLine(QPointF(plot.right(), y), QPointF(plot.right() + 0.25 * em, y));
        painter.setPen(frame.ink);
        painter.drawText(QRectF(plot.right() + 0.4 * em, y - em / 2, 5 * em, em),
                         Qt::AlignLeft | Qt::AlignVCenter, percent(share));
    }
    painter.setPen(QPen(frame.ink, frame.pen));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
}

void paintBars(QPainter& painter, const Frame& frame, const ArrivalSeries& series)
{
    const QRectF& plot = frame.plot;
    const qreal width = frame.slot;
    // A gap between bars while they are wide enough to show one.
    const qreal gap = width > 4 * frame.pen ? 0.12 * width : 0;
    for (qsizetype i = 0; i < series.bins.size(); ++i) {
        const qreal height = plot.height() * series.bins[i].count / frame.countMax;
        if (height <= 0)
            continue;
        painter.fillRect(QRectF(plot.left() + i * width + gap, plot.bottom() - height,
                                std::max(width - 2 * gap, frame.pen), height),
                         arrivalsBarColour());
    }
}

void paintShareLine(QPainter& painter, const Frame& frame, const ArrivalSeries& series)
{
    const QRectF& plot = frame.plot;
    const qreal width = frame.slot;
    const QList<double> shares = cumulativeShares(series);
    QPolygonF points{plot.bottomLeft()};
    for (qsizetype i = 0; i < shares.size(); ++i)
        points.append(
            QPointF(plot.left() + (i + 1) * width, plot.bottom() - plot.height() * shares[i]));
    painter.setPen(QPen(arrivalsLineColour(), std::max(0.16 * frame.em, 1.5), Qt::SolidLine,
                        Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(points);
}

QDateTime boundary(const ArrivalSeries& series, qsizetype index)
{
    if (index < series.bins.size())
        return series.bins[index].start;
    return series.bins.last().start.addSecs(qint64(series.minutes) * 60);
}

QString timeLabel(const ArrivalSeries& series, qsizetype index)
{
    const QDateTime time = boundary(series, index);
    if (series.minutes >= 24 * 60)
        return QLocale().toString(time.date(), QStringLiteral("d MMM"));
    return time.toString(QStringLiteral("HH:mm"));
}

// hh:mm under every k-th bin boundary, k such that labels do not touch, starting on a round time.
void paintTimeLabels(QPainter& painter, const Frame& frame, const ArrivalSeries& series)
{
    const QRectF& plot = frame.plot;
    const qreal em = frame.em;
    const qreal width = frame.slot;
    const qreal labelWidth = painter.fontMetrics().horizontalAdvance(timeLabel(series, 0)) + em;
    qsizetype every = 1;
    for (qsizetype candidate : {1, 2, 3, 6, 12, 18, 24, 36, 48, 72, 144, 288, 576, 1152}) {
        every = candidate;
        if (candidate * width >= labelWidth)
            break;
    }
    const qsizetype count = series.bins.size();
    qsizetype first = 0;
    const qint64 period = qint64(every) * series.minutes * 60;
    while (first < every && first < count) {
        const QTime time = boundary(series, first).time();
        if (time.msecsSinceStartOfDay() / 1000 % period == 0)
            break;
        ++first;
    }
    if (first >= every || first >= count)
        first = 0;
    qreal lastRight = -1e12;
    for (qsizetype i = first; i <= count; i += every) {
        const qreal x = plot.left() + i * width;
        QRectF box(x - labelWidth / 2, plot.bottom() + 0.4 * em, labelWidth, 1.1 * em);
        box.moveLeft(
            std::clamp(box.left(), plot.left() - 2 * em, plot.right() + 2 * em - box.width()));
        if (box.left() < lastRight)
            continue;
        painter.setPen(QPen(frame.ink, frame.pen));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 0.2 * em));
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, timeLabel(series, i));
        lastRight = box.right();
    }
}

void paintEmpty(QPainter& painter, const QRectF& area)
{
    QColor ink = painter.pen().color();
    ink.setAlphaF(0.7f);
    painter.setPen(ink);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                     ArrivalsChartText::tr("No one has checked in yet."));
}

} // namespace

void paintArrivalsChart(QPainter& painter, const QRectF& area, const ArrivalSeries& series,
                        const QFont& font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(fittedFont(painter, area, font));
    painter.setClipRect(area, Qt::IntersectClip);
    if (series.bins.isEmpty()) {
        paintEmpty(painter, area);
    } else {
        const Frame frame = legendAndFrame(painter, area, series);
        if (frame.plot.width() > 0 && frame.plot.height() > 0) {
            paintAxes(painter, frame);
            paintBars(painter, frame, series);
            paintShareLine(painter, frame, series);
            paintTimeLabels(painter, frame, series);
        }
    }
    painter.restore();
}

} // namespace entre
