#include "event/event.h"
#include "reports/arrivalschart.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// Arrivals over time: check-ins counted per ten minutes of local time, the cumulative share of
// the registered, and the chart painted onto an image.
class TestArrivalsChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void binsFallOnLocalTenMinutesWithEmptyOnesKept();
    void binsFollowTheZone();
    void summerTimeEndsWithoutABinTwice();
    void invalidTimesAndNoTimes();
    void cumulativeShareOfRegistered();
    void longSpreadsGetWiderBins();
    void eventGivesCheckInTimesInOrder();
    void barsAreProportionalOnASmallWidget();
    void printerResolutionPaintsTheSameChart();
    void emptyChartSaysSoAndPaintsNoBars();
};

namespace {

const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));

// A time in June in Stockholm (UTC+2).
QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 6, 15), QTime(hour, minute, second), stockholm);
}

QList<int> counts(const ArrivalSeries& series)
{
    QList<int> result;
    for (const ArrivalBin& bin : series.bins)
        result.append(bin.count);
    return result;
}

QImage render(const ArrivalSeries& series, QSize size, int dotsPerMeter = 3780)
{
    QImage image(size, QImage::Format_ARGB32);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    paintArrivalsChart(painter, QRectF(QPointF(0, 0), size), series, font);
    return image;
}

int pixelsOf(const QImage& image, QColor colour, QRect within = {})
{
    const QRect area = within.isNull() ? image.rect() : within;
    int found = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            found += image.pixel(x, y) == colour.rgb();
    }
    return found;
}

// The height of each bar from left to right: the tallest run of bar-coloured pixels in each
// stretch of columns that hold some.
QList<int> barHeights(const QImage& image)
{
    QList<int> heights;
    bool inBar = false;
    for (int x = 0; x < image.width(); ++x) {
        int tallest = 0;
        int run = 0;
        for (int y = 0; y < image.height(); ++y) {
            run = image.pixel(x, y) == arrivalsBarColour().rgb() ? run + 1 : 0;
            tallest = std::max(tallest, run);
        }
        if (tallest > 0 && !inBar)
            heights.append(0);
        if (tallest > 0)
            heights.last() = std::max(heights.last(), tallest);
        inBar = tallest > 0;
    }
    return heights;
}

} // namespace

void TestArrivalsChart::binsFallOnLocalTenMinutesWithEmptyOnesKept()
{
    // 09:09:59 is still in the 09:00 bin, 09:10:00 starts the next; 09:20 has nobody.
    const ArrivalSeries series = arrivalSeries(
        {at(9, 35), at(9, 0), at(9, 9, 59), at(9, 10), at(9, 39, 59)}, 12, 10, stockholm);
    QCOMPARE(series.minutes, 10);
    QCOMPARE(series.registered, 12);
    QCOMPARE(series.arrived, 5);
    QCOMPARE(counts(series), (QList<int>{2, 1, 0, 2}));
    QCOMPARE(series.bins.first().start, at(9, 0));
    QCOMPARE(series.bins.last().start, at(9, 30));
    // Local time: the bins read 09:00 in Stockholm though the times were stored in UTC.
    QCOMPARE(series.bins[2].start.toTimeZone(stockholm).time(), QTime(9, 20));
    QCOMPARE(series.bins[2].start.toUTC().time(), QTime(7, 20));
}

void TestArrivalsChart::binsFollowTheZone()
{
    // Kathmandu is UTC+05:45: 03:20 UTC is 09:05 there, in the 09:00 bin, not in 03:20's.
    const QTimeZone kathmandu(QByteArrayLiteral("Asia/Kathmandu"));
    const QDateTime utc(QDate(2026, 6, 15), QTime(3, 20), Qt::UTC);
    const ArrivalSeries series =
        arrivalSeries({utc, utc.addSecs(4 * 60), utc.addSecs(6 * 60)}, 3, 10, kathmandu);
    QCOMPARE(counts(series), (QList<int>{2, 1}));
    QCOMPARE(series.bins[0].start, QDateTime(QDate(2026, 6, 15), QTime(9, 0), kathmandu));
    QCOMPARE(series.bins[0].start.toUTC().time(), QTime(3, 15));
    // The same instants binned in Stockholm.
    QCOMPARE(
        counts(arrivalSeries({utc, utc.addSecs(4 * 60), utc.addSecs(6 * 60)}, 3, 10, stockholm)),
        (QList<int>{3}));
}

void TestArrivalsChart::summerTimeEndsWithoutABinTwice()
{
    // 25 October 2026: Stockholm's clocks go back from 03:00 to 02:00 at 01:00 UTC.
    const QDateTime utc(QDate(2026, 10, 25), QTime(0, 45), Qt::UTC); // 02:45 summer time
    const ArrivalSeries series =
        arrivalSeries({utc, utc.addSecs(20 * 60), utc.addSecs(40 * 60)}, 3, 10, stockholm);
    // 02:40, 02:50, 02:00 (winter time), 02:10, 02:20: five bins in a row, one apart.
    QCOMPARE(counts(series), (QList<int>{1, 0, 1, 0, 1}));
    for (qsizetype i = 1; i < series.bins.size(); ++i)
        QCOMPARE(series.bins[i - 1].start.secsTo(series.bins[i].start), 600);
    QCOMPARE(series.bins[0].start.toTimeZone(stockholm).time(), QTime(2, 40));
    QCOMPARE(series.bins[2].start.toTimeZone(stockholm).time(), QTime(2, 0));
}

void TestArrivalsChart::invalidTimesAndNoTimes()
{
    const ArrivalSeries none = arrivalSeries({}, 40, 10, stockholm);
    QVERIFY(none.bins.isEmpty());
    QCOMPARE(none.arrived, 0);
    QCOMPARE(none.registered, 40);
    const ArrivalSeries some = arrivalSeries({QDateTime(), at(10, 1)}, 40, 10, stockholm);
    QCOMPARE(some.arrived, 1);
    QCOMPARE(counts(some), QList<int>{1});
}

void TestArrivalsChart::cumulativeShareOfRegistered()
{
    const ArrivalSeries series =
        arrivalSeries({at(9, 1), at(9, 2), at(9, 15), at(9, 45)}, 8, 10, stockholm);
    QCOMPARE(cumulativeShares(series), (QList<double>{0.25, 0.375, 0.375, 0.375, 0.5}));
    // Nobody registered (walk-ins only in a damaged list): the arrivals are the whole.
    QCOMPARE(cumulativeShares(arrivalSeries({at(9, 1), at(9, 12)}, 0, 10, stockholm)),
             (QList<double>{0.5, 1.0}));
}

void TestArrivalsChart::longSpreadsGetWiderBins()
{
    QList<QDateTime> times;
    for (int day = 0; day < 10; ++day)
        times << at(9, 0).addDays(day) << at(15, 55).addDays(day);
    const ArrivalSeries series = arrivalSeries(times, 30, 10, stockholm);
    QVERIFY2(series.minutes > 10, qPrintable(QString::number(series.minutes)));
    QCOMPARE(series.minutes % 10, 0);
    QVERIFY(series.bins.size() <= 432);
    int total = 0;
    for (const ArrivalBin& bin : series.bins) {
        total += bin.count;
        // Still on round local times.
        const int period = std::min(series.minutes, 24 * 60) * 60 * 1000;
        QCOMPARE(bin.start.time().msecsSinceStartOfDay() % period, 0);
    }
    QCOMPARE(total, 20);
}

void TestArrivalsChart::eventGivesCheckInTimesInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto event = Event::create(dir.filePath(QStringLiteral("arrivals.entre")),
                               {QStringLiteral("Kick-off"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    QVERIFY(event.value()->arrivalTimes()->isEmpty());
    QList<qint64> ids;
    for (const char* name : {"Åsa", "Börje", "Cecilia"}) {
        AttendeeDetails details;
        details.firstName = QString::fromUtf8(name);
        details.lastName = QStringLiteral("Lind");
        auto added = event.value()->addWalkIn(details);
        QVERIFY2(added, qPrintable(added.error().message));
        ids.append(added->attendee.id);
        QTest::qWait(5); // distinct milliseconds
    }
    QVERIFY(event.value()->undoCheckIn(ids[1]));
    auto times = event.value()->arrivalTimes();
    QVERIFY2(times, qPrintable(times.error().message));
    QCOMPARE(times->size(), 2);
    QCOMPARE(times->at(0), event.value()->attendee(ids[0])->checkedInAt);
    QCOMPARE(times->at(1), event.value()->attendee(ids[2])->checkedInAt);
    QVERIFY(times->at(0) < times->at(1));
    QCOMPARE(times->at(0).timeSpec(), Qt::UTC);
}

void TestArrivalsChart::barsAreProportionalOnASmallWidget()
{
    // Four in the first bin, none in the second, one in the third.
    const ArrivalSeries series =
        arrivalSeries({at(9, 0), at(9, 1), at(9, 2), at(9, 3), at(9, 25)}, 10, 10, stockholm);
    const QImage image = render(series, QSize(300, 160));
    QVERIFY(pixelsOf(image, arrivalsBarColour()) > 200);
    QVERIFY(pixelsOf(image, arrivalsLineColour()) > 20);
    // Below the legend, whose swatch has the bars' colour too.
    const QList<int> bars = barHeights(image.copy(0, 40, 300, 120));
    QCOMPARE(bars.size(), 2);
    QVERIFY2(bars[0] > 40, qPrintable(QString::number(bars[0])));
    QVERIFY2(std::abs(bars[0] - 4 * bars[1]) <= 4,
             qPrintable(QStringLiteral("%1 against %2").arg(bars[0]).arg(bars[1])));
    // Nothing of the chart's own colours outside the area it was given.
    const QImage wider = [&] {
        QImage canvas(400, 260, QImage::Format_ARGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        paintArrivalsChart(painter, QRectF(50, 50, 300, 160), series, QFont());
        return canvas;
    }();
    QCOMPARE(pixelsOf(wider, arrivalsBarColour()),
             pixelsOf(wider, arrivalsBarColour(), QRect(50, 50, 300, 160)));
}

void TestArrivalsChart::printerResolutionPaintsTheSameChart()
{
    // Ten times the size at ten times the resolution, as on a page for a printer: the text
    // grows with the resolution, so the bars keep their share of the area.
    const ArrivalSeries series =
        arrivalSeries({at(9, 0), at(9, 1), at(9, 2), at(9, 3), at(9, 25)}, 10, 10, stockholm);
    const QImage small = render(series, QSize(300, 160));
    const QImage large = render(series, QSize(3000, 1600), 37795);
    const double smallShare = double(pixelsOf(small, arrivalsBarColour())) / (300 * 160);
    const double largeShare = double(pixelsOf(large, arrivalsBarColour())) / (3000 * 1600);
    QVERIFY2(largeShare > 0.5 * smallShare && largeShare < 2 * smallShare,
             qPrintable(QStringLiteral("%1 against %2").arg(largeShare).arg(smallShare)));
    // The line is drawn thick enough to see at that resolution.
    QVERIFY(pixelsOf(large, arrivalsLineColour()) > 30 * pixelsOf(small, arrivalsLineColour()));
}

void TestArrivalsChart::emptyChartSaysSoAndPaintsNoBars()
{
    const QImage image = render(arrivalSeries({}, 25, 10, stockholm), QSize(300, 160));
    QCOMPARE(pixelsOf(image, arrivalsBarColour()), 0);
    QCOMPARE(pixelsOf(image, arrivalsLineColour()), 0);
    // The sentence sits in the middle, and nothing is painted in the corners.
    const int centre = 260 * 40 - pixelsOf(image, Qt::white, QRect(20, 60, 260, 40));
    QVERIFY2(centre > 50, qPrintable(QString::number(centre)));
    QCOMPARE(pixelsOf(image, Qt::white, QRect(0, 0, 300, 40)), 300 * 40);
}

QTEST_MAIN(TestArrivalsChart)
#include "tst_arrivalschart.moc"
