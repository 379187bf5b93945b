#pragma once

#include "badgecontent.h"
#include "badgelayout.h"
#include "badgetemplate.h"

#include <QImage>
#include <QSizeF>

class QPainter;

namespace entre {

// Draws one badge. The painter's units are millimetres and its origin is the badge's top-left
// corner; the sheet layout, the preview and the printer set that up. The same code serves the
// screen, the PDF and the printer.
class BadgeRenderer {
public:
    explicit BadgeRenderer(BadgeTemplate badgeTemplate);

    const BadgeTemplate& badgeTemplate() const { return m_template; }
    BadgeLayout layout(QSizeF size, const BadgeContent& content) const;
    void paint(QPainter& painter, QSizeF size, const BadgeContent& content,
               double cornerRadius = 0) const;

private:
    void paintText(QPainter& painter, const PlacedText& placed) const;
    void paintQrCode(QPainter& painter, const QRectF& rect, const QString& code) const;

    BadgeTemplate m_template;
    QImage m_logo;
};

} // namespace entre
