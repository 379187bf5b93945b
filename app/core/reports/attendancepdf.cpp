#include "arrivalschart.h"
#include "attendancereport.h"
#include "reportpages.h"

#include <QCoreApplication>
#include <QPainter>

// The attendance report on A4 pages: its lines, then the arrivals over time.
namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct AttendanceReportText {
    Q_DECLARE_TR_FUNCTIONS(entre::AttendanceReport)
};

constexpr qreal chartHeight = 250;

// "Arrivals over time" and the chart under it, kept together on one page.
QList<reportpages::Block> arrivalsBlocks(const QList<Attendee>& people)
{
    QList<QDateTime> times;
    for (const Attendee& person : people) {
        if (person.isCheckedIn())
            times.append(person.checkedInAt);
    }
    const ArrivalSeries series = arrivalSeries(times, int(people.size()));
    reportpages::Block gap;
    gap.height = 24;
    gap.keepWithNext = true;
    gap.paint = [](QPainter&, const QRectF&, bool) {};
    reportpages::Block heading;
    heading.height = 30;
    heading.keepWithNext = true;
    heading.paint = [](QPainter& painter, const QRectF& box, bool) {
        painter.setFont(reportpages::font(13, true));
        painter.drawText(box.adjusted(0, 0, 0, -8), Qt::AlignLeft | Qt::AlignBottom,
                         AttendanceReportText::tr("Arrivals over time"));
    };
    reportpages::Block chart;
    chart.height = series.bins.isEmpty() ? 40 : chartHeight;
    chart.paint = [series](QPainter& painter, const QRectF& box, bool) {
        paintArrivalsChart(painter, box, series, reportpages::font(9));
    };
    return {gap, heading, chart};
}

} // namespace

void paintAttendanceReport(QPagedPaintDevice& device, const EventInfo& info,
                           const QList<Attendee>& people, const QDateTime& generatedAt)
{
    QList<reportpages::Block> blocks = reportpages::lineBlocks(attendanceReportLines(people));
    blocks.append(arrivalsBlocks(people));
    reportpages::paint(device, {AttendanceReportText::tr("Attendance list"), info, generatedAt},
                       blocks);
}

QByteArray attendanceReportPdf(const EventInfo& info, const QList<Attendee>& people,
                               const QDateTime& generatedAt)
{
    return reportpages::pdf(AttendanceReportText::tr("Attendance list") + QStringLiteral(" – ") +
                                info.name,
                            [&](QPagedPaintDevice& device) {
                                paintAttendanceReport(device, info, people, generatedAt);
                            });
}

} // namespace entre
