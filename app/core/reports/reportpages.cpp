#include "reportpages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace entre::reportpages {
namespace {

constexpr qreal firstHeaderHeight = 110; // title, event name, date and venue
constexpr qreal runningHeaderHeight = 30;
constexpr qreal contentBottom = pageHeight - margin;
constexpr qreal footerBaseline = pageHeight - margin + 22;

struct Placed {
    const Block* block = nullptr;
    qreal top = 0;
    bool again = false;
};
using Page = QList<Placed>;

// Lays blocks out page after page: a block that does not fit (with the blocks it keeps with)
// goes to the next page, where the table headings it belongs under are painted again first.
class Paginator {
public:
    QList<Page> run(const QList<Block>& blocks)
    {
        for (qsizetype i = 0; i < blocks.size(); ++i)
            place(blocks, i);
        return m_pages;
    }

private:
    void place(const QList<Block>& blocks, qsizetype i)
    {
        const Block& block = blocks[i];
        if (block.pageBefore) {
            m_repeats.clear();
            if (m_hasContent)
                newPage();
        }
        // The headings to repeat are those before this block: a heading starting a new table
        // replaces them.
        if (block.repeated && !m_inRepeats)
            m_repeats.clear();
        qreal needed = block.height;
        for (qsizetype next = i; next + 1 < blocks.size() && blocks[next].keepWithNext; ++next)
            needed += blocks[next + 1].height;
        if (m_y + needed > contentBottom && m_hasContent) {
            newPage();
            for (const Block* repeat : std::as_const(m_repeats)) {
                m_pages.last().append({repeat, m_y, true});
                m_y += repeat->height;
            }
        }
        if (block.repeated)
            m_repeats.append(&block);
        m_inRepeats = block.repeated;
        m_pages.last().append({&block, m_y, false});
        m_y += block.height;
        m_hasContent = true;
    }

    void newPage()
    {
        m_pages.append(Page());
        m_y = margin + runningHeaderHeight;
        m_hasContent = false;
    }

    QList<Page> m_pages{Page()};
    qreal m_y = margin + firstHeaderHeight;
    bool m_hasContent = false;
    QList<const Block*> m_repeats;
    bool m_inRepeats = false;
};

// The texts of this file, in the context lupdate files them under.
struct AttendanceReportText {
    Q_DECLARE_TR_FUNCTIONS(entre::AttendanceReport)
};

void paintFirstHeader(QPainter& painter, const Heading& heading)
{
    painter.setFont(font(20, true));
    painter.drawText(QPointF(margin, margin + 20), heading.title);
    painter.setFont(font(14, true));
    painter.drawText(QPointF(margin, margin + 48), heading.event.name);
    painter.setFont(font(11));
    painter.drawText(QPointF(margin, margin + 68), eventWhenAndWhere(heading.event));
}

// On the pages after the first, one line says which report of which event the page belongs to.
void paintRunningHeader(QPainter& painter, const Heading& heading)
{
    QStringList parts{heading.title, heading.event.name, eventWhenAndWhere(heading.event)};
    parts.removeAll(QString());
    painter.setFont(font(9));
    const QString text = painter.fontMetrics().elidedText(parts.join(QStringLiteral(" · ")),
                                                          Qt::ElideRight, int(contentWidth));
    painter.drawText(QPointF(margin, margin + 8), text);
    painter.setPen(QPen(Qt::black, 0.5));
    painter.drawLine(QPointF(margin, margin + 14), QPointF(pageWidth - margin, margin + 14));
    painter.setPen(Qt::black);
}

void paintFooter(QPainter& painter, qsizetype page, qsizetype pages, const QDateTime& generatedAt)
{
    painter.setFont(font(9));
    painter.drawText(QPointF(margin, footerBaseline),
                     AttendanceReportText::tr("Generated at %1")
                         .arg(generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QRectF right(margin, footerBaseline - 12, contentWidth, 16);
    painter.drawText(right, Qt::AlignRight | Qt::AlignBottom,
                     AttendanceReportText::tr("Page %1 of %2").arg(page).arg(pages));
}

// From here on the painter works in points on the whole A4 page, whatever the device's
// resolution and margins.
void usePoints(QPainter& painter, QPagedPaintDevice& device)
{
    const QRectF paintRect = device.pageLayout().paintRect(QPageLayout::Point);
    if (paintRect.width() <= 0)
        return;
    const qreal scale = device.width() / paintRect.width();
    painter.scale(scale, scale);
    painter.translate(-paintRect.left(), -paintRect.top());
}

} // namespace

QFont font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qRound(points));
    f.setBold(bold);
    // Any letter spacing turns ligatures off, so that a name such as "Staffan" or "Trafikverket"
    // is found and copied from the PDF as typed, not with the ligature characters ﬀ and ﬁ.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

QString eventWhenAndWhere(const EventInfo& info)
{
    QStringList when{info.date.isValid() ? QLocale().toString(info.date, QLocale::LongFormat)
                                         : QString(),
                     info.venue};
    when.removeAll(QString());
    return when.join(QStringLiteral(" · "));
}

void paint(QPagedPaintDevice& device, const Heading& heading, const QList<Block>& blocks)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    const QList<Page> pages = Paginator().run(blocks);
    QPainter painter;
    if (!painter.begin(&device))
        return;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            device.newPage();
        painter.resetTransform();
        usePoints(painter, device);
        painter.setPen(Qt::black);
        if (page == 0)
            paintFirstHeader(painter, heading);
        else
            paintRunningHeader(painter, heading);
        for (const Placed& placed : pages[page]) {
            painter.save();
            placed.block->paint(painter,
                                QRectF(margin, placed.top, contentWidth, placed.block->height),
                                placed.again);
            painter.restore();
        }
        paintFooter(painter, page + 1, pages.size(), heading.generatedAt);
    }
    painter.end();
}

QByteArray pdf(const QString& title, const std::function<void(QPagedPaintDevice&)>& paintPages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Entré"));
        writer.setTitle(title);
        writer.setResolution(1200);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        paintPages(writer);
    }
    return buffer.data();
}

} // namespace entre::reportpages
