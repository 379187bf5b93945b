#include "badgerenderer.h"

#include "badgefonts.h"
#include "qrcodepath.h"

#include <QPainter>
#include <QPainterPath>

namespace entre {
namespace {

constexpr double referenceEm = 100.0;

} // namespace

BadgeRenderer::BadgeRenderer(BadgeTemplate badgeTemplate)
    : m_template(std::move(badgeTemplate))
{
    BadgeFonts::ensureLoaded();
    if (!m_template.logoPng.isEmpty())
        m_logo = QImage::fromData(m_template.logoPng);
}

BadgeLayout BadgeRenderer::layout(QSizeF size, const BadgeContent& content) const
{
    return BadgeLayout::compute(m_template, size, content);
}

void BadgeRenderer::paint(QPainter& painter, QSizeF size, const BadgeContent& content,
                          double cornerRadius) const
{
    const BadgeLayout placed = layout(size, content);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(QPointF(0, 0), size), cornerRadius, cornerRadius);
    painter.setClipPath(outline, Qt::IntersectClip);

    if (placed.band.isValid())
        painter.fillRect(placed.band, placed.bandColour);
    if (placed.logo.isValid() && !m_logo.isNull())
        painter.drawImage(placed.logo, m_logo);
    const QList<const PlacedText*> texts = placed.texts();
    for (const PlacedText* text : texts)
        paintText(painter, *text);
    if (placed.qrCode.isValid())
        paintQrCode(painter, placed.qrCode, content.code);
    painter.restore();
}

void BadgeRenderer::paintText(QPainter& painter, const PlacedText& placed) const
{
    if (placed.isEmpty())
        return;
    // Fonts take whole pixel sizes: set the text at a large size and scale it down, which keeps
    // fractional millimetre sizes exact on every device.
    const FittedText& fitted = placed.text;
    const double scale = fitted.emSize / referenceEm;
    const QFont font = BadgeFonts::font(referenceEm, placed.bold);
    for (qsizetype i = 0; i < fitted.lines.size(); ++i) {
        const QString& line = fitted.lines.at(i);
        double x = placed.block.left();
        if (placed.alignment & Qt::AlignHCenter)
            x = placed.box.left() +
                (placed.box.width() - textWidth(line, fitted.emSize, placed.bold)) / 2;
        const double baseline = placed.block.top() + fitted.ascent + i * fitted.lineHeight;
        painter.save();
        painter.translate(x, baseline);
        painter.scale(scale, scale);
        painter.setFont(font);
        painter.setPen(placed.colour);
        painter.drawText(QPointF(0, 0), line);
        painter.restore();
    }
}

void BadgeRenderer::paintQrCode(QPainter& painter, const QRectF& rect, const QString& code) const
{
    auto qr = makeQrCodePath(code);
    if (!qr || qr->modules <= 0)
        return;
    const double module = rect.width() / qr->modules;
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(module, module);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawRects(qr->runs.constData(), static_cast<int>(qr->runs.size()));
    painter.restore();
}

} // namespace entre
