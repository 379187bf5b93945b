#include "attendeedelegate.h"

#include "event/attendeelistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int margin = 10;
const QColor arrivedGreen(0x1e, 0x7b, 0x34);

QString columnText(const QModelIndex& index, int column)
{
    return index.sibling(index.row(), column).data().toString();
}

} // namespace

QFont AttendeeDelegate::nameFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.45);
    font.setBold(true);
    return font;
}

QSize AttendeeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics name(nameFont(option.font));
    const QFontMetrics other(option.font);
    return {name.horizontalAdvance(QLatin1Char('M')) * 20,
            name.height() + other.height() + 2 * margin};
}

void AttendeeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const bool arrived = index.data(entre::AttendeeListModel::CheckedInRole).toBool();
    const QFont name = nameFont(option.font);
    const QFontMetrics nameMetrics(name);
    const QFontMetrics otherMetrics(option.font);

    QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const int markWidth =
        nameMetrics.height() + otherMetrics.horizontalAdvance(QStringLiteral("00:00")) + margin;
    QRect textArea = area.adjusted(0, 0, -markWidth, 0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(name);
    painter->setPen(text);
    const QRect nameRect(textArea.topLeft(), QSize(textArea.width(), nameMetrics.height()));
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(columnText(index, entre::AttendeeListModel::NameColumn),
                               Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    QColor secondary = text;
    if (!selected)
        secondary.setAlphaF(0.7f);
    painter->setPen(secondary);
    const QRect orgRect(nameRect.bottomLeft() + QPoint(0, 1),
                        QSize(textArea.width(), otherMetrics.height()));
    painter->drawText(
        orgRect, Qt::AlignLeft | Qt::AlignVCenter,
        otherMetrics.elidedText(columnText(index, entre::AttendeeListModel::OrganisationColumn),
                                Qt::ElideRight, orgRect.width()));

    if (arrived) {
        const int d = nameMetrics.height() - 4;
        const QRect circle(area.right() - markWidth + margin, area.top() + 2, d, d);
        painter->setPen(Qt::NoPen);
        painter->setBrush(arrivedGreen);
        painter->drawEllipse(circle);
        QPainterPath tick;
        tick.moveTo(circle.left() + d * 0.27, circle.top() + d * 0.52);
        tick.lineTo(circle.left() + d * 0.44, circle.top() + d * 0.70);
        tick.lineTo(circle.left() + d * 0.75, circle.top() + d * 0.32);
        painter->setPen(
            QPen(Qt::white, std::max(2.0, d * 0.11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        painter->setPen(selected ? text : arrivedGreen);
        const QRect timeRect(circle.left() - margin, circle.bottom() + 2, d + 2 * margin + 20,
                             otherMetrics.height());
        painter->drawText(timeRect.adjusted(0, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(entre::AttendeeListModel::ArrivalTimeRole).toString());
    }
    painter->restore();
}
