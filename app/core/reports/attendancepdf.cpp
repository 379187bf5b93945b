#include "attendancereport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

// The attendance report painted on A4 pages, in points (the writer's resolution is 72 dpi).
namespace entre {
namespace {

constexpr int pageWidth = 595;
constexpr int pageHeight = 842;
constexpr int margin = 50;
constexpr int footerTop = pageHeight - margin + 10;
constexpr int headerHeight = 110; // the event's name, date and venue on the first page

int heightOf(ReportLine::Kind kind)
{
    switch (kind) {
    case ReportLine::Kind::Type:
    case ReportLine::Kind::Total:
        return 26;
    case ReportLine::Kind::Organisation:
    case ReportLine::Kind::Subtotal:
        return 20;
    case ReportLine::Kind::Person:
        break;
    }
    return 15;
}

bool isHeading(ReportLine::Kind kind)
{
    return kind == ReportLine::Kind::Type || kind == ReportLine::Kind::Organisation;
}

// The lines of each page; a heading never ends a page.
QList<QList<ReportLine>> paginate(const QList<ReportLine>& lines)
{
    QList<QList<ReportLine>> pages{{}};
    int y = margin + headerHeight;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        int needed = heightOf(lines[i].kind);
        if (isHeading(lines[i].kind) && i + 1 < lines.size())
            needed += heightOf(lines[i + 1].kind);
        if (y + needed > pageHeight - margin && !pages.last().isEmpty()) {
            pages.append(QList<ReportLine>());
            y = margin;
        }
        pages.last().append(lines[i]);
        y += heightOf(lines[i].kind);
    }
    return pages;
}

QFont font(int points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(points);
    f.setBold(bold);
    return f;
}

void paintHeader(QPainter& painter, const EventInfo& info)
{
    painter.setFont(font(20, true));
    painter.drawText(margin, margin + 20,
                     QCoreApplication::translate("entre::AttendanceReport", "Attendance list"));
    painter.setFont(font(14, true));
    painter.drawText(margin, margin + 48, info.name);
    painter.setFont(font(11));
    QStringList when{QLocale().toString(info.date, QLocale::LongFormat), info.venue};
    when.removeAll(QString());
    painter.drawText(margin, margin + 68, when.join(QStringLiteral(" · ")));
}

void paintLine(QPainter& painter, const ReportLine& line, int y)
{
    const bool person = line.kind == ReportLine::Kind::Person;
    const bool bold = line.kind != ReportLine::Kind::Person;
    const int size = line.kind == ReportLine::Kind::Type || line.kind == ReportLine::Kind::Total
                         ? 13
                         : (person ? 10 : 11);
    painter.setFont(font(size, bold));
    const int left =
        margin + (person ? 24 : (line.kind == ReportLine::Kind::Organisation ? 10 : 0));
    const int baseline = y + heightOf(line.kind) - 5;
    painter.drawText(left, baseline, line.text);
    const QRect right(margin, y, pageWidth - 2 * margin, heightOf(line.kind) - 4);
    painter.drawText(right, Qt::AlignRight | Qt::AlignBottom, line.detail);
    if (line.kind == ReportLine::Kind::Subtotal || line.kind == ReportLine::Kind::Total)
        painter.drawLine(margin, y + 2, pageWidth - margin, y + 2);
}

void paintFooter(QPainter& painter, int page, int pages, const QDateTime& generatedAt)
{
    painter.setFont(font(9));
    painter.drawText(margin, footerTop,
                     QCoreApplication::translate("entre::AttendanceReport", "Generated at %1")
                         .arg(generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QRect right(margin, footerTop - 12, pageWidth - 2 * margin, 16);
    painter.drawText(right, Qt::AlignRight | Qt::AlignBottom,
                     QCoreApplication::translate("entre::AttendanceReport", "Page %1 of %2")
                         .arg(page)
                         .arg(pages));
}

} // namespace

QByteArray attendanceReportPdf(const EventInfo& info, const QList<Attendee>& people,
                               const QDateTime& generatedAt)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Entré"));
        writer.setTitle(QCoreApplication::translate("entre::AttendanceReport", "Attendance list") +
                        QStringLiteral(" – ") + info.name);
        writer.setResolution(72);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        const QList<QList<ReportLine>> pages = paginate(attendanceReportLines(people));
        QPainter painter(&writer);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            int y = margin;
            if (page == 0) {
                paintHeader(painter, info);
                y += headerHeight;
            }
            for (const ReportLine& line : pages[page]) {
                paintLine(painter, line, y);
                y += heightOf(line.kind);
            }
            paintFooter(painter, int(page + 1), int(pages.size()), generatedAt);
        }
    }
    return buffer.data();
}

} // namespace entre
