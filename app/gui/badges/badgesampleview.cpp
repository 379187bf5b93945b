#include "badgesampleview.h"

#include "badges/badgerenderer.h"

#include <QPainter>

BadgeSampleView::BadgeSampleView(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(240, 160);
}

void BadgeSampleView::show(const entre::BadgeStock& stock,
                           const entre::BadgeTemplate& badgeTemplate,
                           const entre::BadgeContent& content)
{
    m_stock = stock;
    m_template = badgeTemplate;
    m_content = content;
    update();
}

entre::BadgeContent BadgeSampleView::sampleContent(const QString& eventName)
{
    entre::BadgeContent c;
    c.firstName = QStringLiteral("Åsa");
    c.lastName = QStringLiteral("Hägglund-Öberg");
    c.organisation = QStringLiteral("Umeå kommun");
    c.organisationType = entre::OrganisationType::Municipality;
    c.title = tr("Digital strategist");
    c.code = QStringLiteral("DV-0042");
    c.eventName = eventName.isEmpty() ? tr("Event name") : eventName;
    return c;
}

void BadgeSampleView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QSizeF badge = m_stock.badgeSize();
    if (badge.isEmpty())
        return;
    const double scale = std::min((width() - 16) / badge.width(), (height() - 16) / badge.height());
    painter.translate((width() - badge.width() * scale) / 2,
                      (height() - badge.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), badge), m_stock.cornerRadius,
                            m_stock.cornerRadius);
    entre::BadgeRenderer(m_template).paint(painter, badge, m_content, m_stock.cornerRadius);
}
