#include "badgelayout.h"

#include <QImage>

#include <algorithm>

namespace entre {
namespace {

// Template sizes are for this badge; other sizes scale by the smaller ratio.
constexpr double referenceWidth = 90.0;
constexpr double referenceHeight = 54.0;
// Line height of DejaVu Sans is about 1.16 em; rows get a little air above that.
constexpr double rowFactor = 1.2;

struct Row {
    PlacedText* target = nullptr;
    QString text;
    double maxEm = 0;
    double minEm = 0;
    bool bold = false;
    Qt::Alignment vertical = Qt::AlignTop;
    bool nameBlock = false;
    int maxLines = 2;
    double height = 0;
};

QColor contrastingText(const QColor& background)
{
    return background.lightnessF() > 0.62 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

void place(PlacedText& placed, const Row& row, const QRectF& box, Qt::Alignment horizontal)
{
    placed.box = box;
    placed.bold = row.bold;
    placed.alignment = horizontal;
    placed.text = fitText({row.text, box.size(), row.maxEm, row.minEm, row.bold, row.maxLines});
    const QSizeF size = placed.text.size;
    double y = box.top();
    if (row.vertical & Qt::AlignBottom)
        y = box.bottom() - size.height();
    else if (row.vertical & Qt::AlignVCenter)
        y = box.top() + (box.height() - size.height()) / 2;
    double x = box.left();
    if (horizontal & Qt::AlignHCenter)
        x = box.left() + (box.width() - size.width()) / 2;
    placed.block = QRectF(QPointF(x, y), size);
}

// Lays a badge out from the outside in: band, logo and event name, QR code, then the rows of
// text in the room that is left. m_top and m_bottom bound that room as it shrinks.
class Builder {
public:
    Builder(const BadgeTemplate& t, QSizeF size, const BadgeContent& content)
        : m_t(t)
        , m_content(content)
        , m_w(size.width())
        , m_h(size.height())
        , m_portrait(m_h > m_w * 1.15)
        // A portrait badge is measured against the reference badge stood on end.
        , m_k(m_portrait ? std::min(m_w / referenceHeight, m_h / referenceWidth)
                         : std::min(m_w / referenceWidth, m_h / referenceHeight))
        , m_pad(std::max(2.0, 3.0 * m_k))
        , m_horizontal(t.alignment == BadgeTemplate::Alignment::Center ? Qt::AlignHCenter
                                                                       : Qt::AlignLeft)
        , m_top(m_pad)
        , m_bottom(m_h - m_pad)
    {
        m_layout.size = size;
        m_layout.bandColour = t.bandColour(content.organisationType);
    }

    BadgeLayout build()
    {
        placeBand();
        placeLogo();
        placeEventName();
        placeQrCode();
        placeRows();
        return m_layout;
    }

private:
    void placeBand()
    {
        if (m_t.band == BadgeTemplate::Band::None)
            return;
        const double height = std::min(m_t.bandHeight * m_k, m_h * 0.25);
        if (m_t.band == BadgeTemplate::Band::Top) {
            m_layout.band = QRectF(0, 0, m_w, height);
            m_top += height;
        } else {
            m_layout.band = QRectF(0, m_h - height, m_w, height);
            m_bottom -= height;
        }
    }

    // At the right end of the band, or in the top right corner without one.
    void placeLogo()
    {
        const QImage logo = m_t.logoPng.isEmpty() ? QImage() : QImage::fromData(m_t.logoPng);
        if (logo.isNull())
            return;
        const bool inBand = m_layout.band.isValid();
        const double height =
            inBand ? m_layout.band.height() * 0.7 : std::min(9.0 * m_k, m_h * 0.2);
        const double width =
            std::min(height * logo.width() / std::max(1, logo.height()), m_w * 0.3);
        const double y = inBand ? m_layout.band.center().y() - height / 2 : m_top;
        m_layout.logo = QRectF(m_w - m_pad - width, y, width, height);
        if (!inBand)
            m_top = std::max(m_top, m_layout.logo.bottom() + m_pad / 2);
    }

    // In the band, or as a small line at the bottom without one.
    void placeEventName()
    {
        if (!m_t.showEventName || m_content.eventName.isEmpty())
            return;
        Row row;
        row.text = m_content.eventName;
        row.maxEm = m_t.eventNameSize * m_k;
        row.bold = true;
        row.vertical = Qt::AlignVCenter;
        row.maxLines = 1;
        const double logoSpace = m_layout.logo.isValid() ? m_layout.logo.width() + m_pad : 0;
        const double width = m_w - 2 * m_pad - logoSpace;
        QRectF box;
        if (m_layout.band.isValid()) {
            box = QRectF(m_pad, m_layout.band.top(), width, m_layout.band.height());
            m_layout.eventName.colour = contrastingText(m_layout.bandColour);
        } else {
            const double height = row.maxEm * rowFactor;
            box = QRectF(m_pad, m_bottom - height, width, height);
            m_bottom -= height + m_pad / 2;
            m_layout.eventName.colour = QColor(0x55, 0x55, 0x55);
        }
        place(m_layout.eventName, row, box, m_horizontal);
    }

    // Bottom right on a landscape badge, bottom centre on a portrait one.
    void placeQrCode()
    {
        if (!m_t.showQrCode || m_content.code.isEmpty())
            return;
        const double innerWidth = m_w - 2 * m_pad;
        m_qr = std::min({m_t.qrSize * m_k, (m_bottom - m_top) * (m_portrait ? 0.35 : 0.5),
                         innerWidth * (m_portrait ? 0.6 : 0.35)});
        const double x = m_portrait ? (m_w - m_qr) / 2 : m_w - m_pad - m_qr;
        m_layout.qrCode = QRectF(x, m_bottom - m_qr, m_qr, m_qr);
    }

    QList<Row> rows()
    {
        QList<Row> rows;
        auto add = [&](PlacedText* target, const QString& text, double size, double shrink,
                       bool bold, Qt::Alignment vertical, bool name) {
            Row row;
            row.target = target;
            row.text = text;
            row.maxEm = size * m_k;
            row.minEm = row.maxEm * shrink;
            row.bold = bold;
            row.vertical = vertical;
            row.nameBlock = name;
            rows.append(row);
        };
        if (m_t.nameStyle == BadgeTemplate::NameStyle::FullName) {
            add(&m_layout.firstName, m_content.fullName(), m_t.fullNameSize, 0.75, true,
                Qt::AlignVCenter, true);
        } else {
            add(&m_layout.firstName, m_content.firstName, m_t.firstNameSize, 0.7, true,
                Qt::AlignBottom, true);
            add(&m_layout.lastName, m_content.lastName, m_t.lastNameSize, 0.7, true, Qt::AlignTop,
                true);
        }
        // Empty rows keep their place, so every badge of a batch has its name in the same spot.
        if (m_t.showOrganisation)
            add(&m_layout.organisation, m_content.organisation, m_t.organisationSize, 0.75, false,
                Qt::AlignTop, false);
        if (m_t.showTitle)
            add(&m_layout.title, m_content.title, m_t.titleSize, 0.8, false, Qt::AlignTop, false);
        return rows;
    }

    // Rows beside a landscape badge's QR code are narrower; rows that need two lines get them;
    // spare room goes above, between the name and the rest, and below.
    void placeRows()
    {
        QList<Row> list = rows();
        const double gap = m_pad;
        const double innerWidth = m_w - 2 * m_pad;
        const double textBottom = m_portrait && m_qr > 0 ? m_bottom - m_qr - gap : m_bottom;
        const double narrow = m_qr > 0 && !m_portrait ? innerWidth - m_qr - gap : innerWidth;
        double wanted = 0;
        for (Row& row : list) {
            const double width = row.nameBlock ? innerWidth : narrow;
            const bool oneLine =
                row.text.isEmpty() || textWidth(row.text, row.minEm, row.bold) <= width;
            row.height = row.maxEm * rowFactor * (oneLine ? 1.0 : 1.6);
            wanted += row.height;
        }
        const double available = std::max(1.0, textBottom - m_top);
        const double squeeze = wanted > available ? available / wanted : 1.0;
        const double spare = std::max(0.0, available - wanted);
        const bool centred = m_t.alignment == BadgeTemplate::Alignment::Center;
        double y = m_top + spare * (centred ? 0.35 : 0.2);
        bool afterName = false;
        double nameEm = 0;
        for (Row& row : list) {
            if (!row.nameBlock && !afterName) {
                y += spare * (centred ? 0.3 : 0.45);
                afterName = true;
            }
            const double height = row.height * squeeze;
            // Text keeps a quiet zone around the QR code for the scanner.
            const bool besideQr =
                m_qr > 0 && !m_portrait && y + height > m_layout.qrCode.top() - gap;
            // The name stays the largest text even when a very long one had to shrink.
            if (!row.nameBlock && nameEm > 0) {
                row.maxEm = std::min(row.maxEm, nameEm);
                row.minEm = std::min(row.minEm, row.maxEm);
            }
            place(*row.target, row, QRectF(m_pad, y, besideQr ? narrow : innerWidth, height),
                  m_horizontal);
            if (row.nameBlock && !row.target->isEmpty())
                nameEm = nameEm > 0 ? std::min(nameEm, row.target->text.emSize)
                                    : row.target->text.emSize;
            row.target->colour =
                row.target == &m_layout.title ? QColor(0x4a, 0x4a, 0x4a) : m_t.textColour;
            y += height;
        }
    }

    const BadgeTemplate& m_t;
    const BadgeContent& m_content;
    const double m_w;
    const double m_h;
    const bool m_portrait;
    const double m_k;
    const double m_pad;
    const Qt::Alignment m_horizontal;
    double m_top;
    double m_bottom;
    double m_qr = 0;
    BadgeLayout m_layout;
};

} // namespace

QList<const PlacedText*> BadgeLayout::texts() const
{
    return {&eventName, &firstName, &lastName, &organisation, &title};
}

BadgeLayout BadgeLayout::compute(const BadgeTemplate& t, QSizeF size, const BadgeContent& content)
{
    return Builder(t, size, content).build();
}

} // namespace entre
