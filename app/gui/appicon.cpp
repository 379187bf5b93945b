#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 128.0, size / 128.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
    painter.drawRoundedRect(QRectF(8, 8, 112, 112), 22, 22);
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(26, 30, 76, 58), 8, 8);
    painter.setBrush(QColor(0xf0, 0xa2, 0x02));
    painter.drawRoundedRect(QRectF(26, 30, 76, 14), 8, 8);
    painter.drawRect(QRectF(26, 38, 76, 6));
    painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
    painter.drawRoundedRect(QRectF(36, 54, 44, 7), 3.5, 3.5);
    painter.setBrush(QColor(0x8a, 0xa8, 0xbd));
    painter.drawRoundedRect(QRectF(36, 67, 30, 5), 2.5, 2.5);
    painter.setPen(QPen(Qt::white, 4));
    painter.setBrush(QColor(0x2e, 0x9e, 0x57));
    painter.drawEllipse(QPointF(92, 92), 20, 20);
    QPainterPath tick;
    tick.moveTo(82, 92);
    tick.lineTo(89, 99);
    tick.lineTo(102, 85);
    painter.setPen(QPen(Qt::white, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
    return pixmap;
}

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}
