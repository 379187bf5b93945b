#include "reportpages.h"

#include <QPainter>

// The lines of a grouped report (attendance, no-shows) as blocks of the report's pages.
namespace entre::reportpages {
namespace {

qreal heightOf(ReportLine::Kind kind)
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

void paintLine(QPainter& painter, const ReportLine& line, const QRectF& box)
{
    const bool person = line.kind == ReportLine::Kind::Person;
    const bool large = line.kind == ReportLine::Kind::Type || line.kind == ReportLine::Kind::Total;
    painter.setFont(font(large ? 13 : (person ? 10 : 11), !person));
    const qreal indent = person ? 24 : (line.kind == ReportLine::Kind::Organisation ? 10 : 0);
    const QRectF text = box.adjusted(indent, 0, 0, -4);
    const qreal detailWidth = painter.fontMetrics().horizontalAdvance(line.detail) + 12;
    painter.drawText(text.adjusted(0, 0, -detailWidth, 0), Qt::AlignLeft | Qt::AlignBottom,
                     painter.fontMetrics().elidedText(line.text, Qt::ElideRight,
                                                      int(text.width() - detailWidth)));
    painter.drawText(text, Qt::AlignRight | Qt::AlignBottom, line.detail);
    if (line.kind == ReportLine::Kind::Subtotal || line.kind == ReportLine::Kind::Total) {
        painter.setPen(QPen(Qt::black, 0.75));
        painter.drawLine(QPointF(box.left(), box.top() + 2), QPointF(box.right(), box.top() + 2));
    }
}

} // namespace

QList<Block> lineBlocks(const QList<ReportLine>& lines)
{
    QList<Block> blocks;
    blocks.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ReportLine& line = lines[i];
        const ReportLine::Kind next = lines.value(i + 1).kind;
        Block block;
        block.height = heightOf(line.kind);
        // A heading never ends a page, and a subtotal or total never starts one on its own.
        block.keepWithNext =
            line.kind == ReportLine::Kind::Type || line.kind == ReportLine::Kind::Organisation ||
            (i + 1 < lines.size() &&
             (next == ReportLine::Kind::Subtotal || next == ReportLine::Kind::Total));
        block.paint = [line](QPainter& painter, const QRectF& box, bool) {
            paintLine(painter, line, box);
        };
        blocks.append(block);
    }
    return blocks;
}

} // namespace entre::reportpages
