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
    double height = 0;
    Qt::Alignment vertical = Qt::AlignTop;
    bool nameBlock = false;
    int maxLines = 2;
};

QColor contrastingText(const QColor& background) {
    return background.lightnessF() > 0.62 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

void place(PlacedText& placed, const Row& row, const QRectF& box, Qt::Alignment horizontal) {
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

} // namespace

QList<const PlacedText*> BadgeLayout::texts() const {
    return {&eventName, &firstName, &lastName, &organisation, &title};
}

BadgeLayout BadgeLayout::compute(const BadgeTemplate& t, QSizeF size, const BadgeContent& content) {
    BadgeLayout layout;
    layout.size = size;
    const double w = size.width();
    const double h = size.height();
    const bool portrait = h > w * 1.15;
    // A portrait badge is measured against the reference badge stood on end.
    const double k = portrait ? std::min(w / referenceHeight, h / referenceWidth)
                              : std::min(w / referenceWidth, h / referenceHeight);
    const double pad = std::max(2.0, 3.0 * k);
    const Qt::Alignment horizontal =
        t.alignment == BadgeTemplate::Alignment::Center ? Qt::AlignHCenter : Qt::AlignLeft;
    layout.bandColour = t.bandColour(content.organisationType);

    double top = pad;
    double bottom = h - pad;
    if (t.band != BadgeTemplate::Band::None) {
        const double bandHeight = std::min(t.bandHeight * k, h * 0.25);
        const double y = t.band == BadgeTemplate::Band::Top ? 0.0 : h - bandHeight;
        layout.band = QRectF(0, y, w, bandHeight);
        (t.band == BadgeTemplate::Band::Top ? top : bottom) +=
            t.band == BadgeTemplate::Band::Top ? bandHeight : -bandHeight;
    }

    // The logo sits at the right end of the band, or in the top right corner without one.
    QImage logo;
    if (!t.logoPng.isEmpty())
        logo = QImage::fromData(t.logoPng);
    if (!logo.isNull()) {
        const double logoHeight =
            layout.band.isValid() ? layout.band.height() * 0.7 : std::min(9.0 * k, h * 0.2);
        const double logoWidth =
            std::min(logoHeight * logo.width() / std::max(1, logo.height()), w * 0.3);
        const double y = layout.band.isValid() ? layout.band.center().y() - logoHeight / 2 : top;
        layout.logo = QRectF(w - pad - logoWidth, y, logoWidth, logoHeight);
    }

    if (t.showEventName && !content.eventName.isEmpty()) {
        Row row{&layout.eventName,
                content.eventName,
                t.eventNameSize * k,
                0,
                true,
                0,
                Qt::AlignVCenter,
                false,
                1};
        const double logoSpace = layout.logo.isValid() ? layout.logo.width() + pad : 0;
        QRectF box;
        if (layout.band.isValid()) {
            box = QRectF(pad, layout.band.top(), w - 2 * pad - logoSpace, layout.band.height());
        } else {
            const double eventHeight = t.eventNameSize * k * rowFactor;
            box = QRectF(pad, bottom - eventHeight, w - 2 * pad - logoSpace, eventHeight);
            bottom -= eventHeight + pad / 2;
        }
        place(layout.eventName, row, box, horizontal);
        layout.eventName.colour =
            layout.band.isValid() ? contrastingText(layout.bandColour) : QColor(0x55, 0x55, 0x55);
    }
    if (layout.logo.isValid() && !layout.band.isValid())
        top = std::max(top, layout.logo.bottom() + pad / 2);

    const double innerWidth = w - 2 * pad;
    double qr = 0;
    if (t.showQrCode && !content.code.isEmpty()) {
        qr = std::min({t.qrSize * k, (bottom - top) * (portrait ? 0.35 : 0.5),
                       innerWidth * (portrait ? 0.6 : 0.35)});
        const double x = portrait ? (w - qr) / 2 : w - pad - qr;
        layout.qrCode = QRectF(x, bottom - qr, qr, qr);
    }

    QList<Row> rows;
    const double gap = pad;
    if (t.nameStyle == BadgeTemplate::NameStyle::FullName) {
        rows.append({&layout.firstName, content.fullName(), t.fullNameSize * k,
                     t.fullNameSize * k * 0.75, true, 0, Qt::AlignVCenter, true});
    } else {
        rows.append({&layout.firstName, content.firstName, t.firstNameSize * k,
                     t.firstNameSize * k * 0.7, true, 0, Qt::AlignBottom, true});
        rows.append({&layout.lastName, content.lastName, t.lastNameSize * k,
                     t.lastNameSize * k * 0.7, true, 0, Qt::AlignTop, true});
    }
    if (t.showOrganisation)
        rows.append({&layout.organisation, content.organisation, t.organisationSize * k,
                     t.organisationSize * k * 0.75, false, 0, Qt::AlignTop});
    if (t.showTitle)
        rows.append({&layout.title, content.title, t.titleSize * k, t.titleSize * k * 0.8, false, 0,
                     Qt::AlignTop});
    // Empty rows keep their place, so every badge of a batch has its name in the same spot.

    // Rows next to the QR code (landscape) are narrower; rows that need two lines get them.
    const double textBottom = portrait && qr > 0 ? bottom - qr - gap : bottom;
    const double narrow = qr > 0 && !portrait ? innerWidth - qr - gap : innerWidth;
    double wanted = 0;
    for (Row& row : rows) {
        const double width = row.nameBlock ? innerWidth : narrow;
        const bool oneLine =
            row.text.isEmpty() || textWidth(row.text, row.minEm, row.bold) <= width;
        row.height = row.maxEm * rowFactor * (oneLine ? 1.0 : 1.6);
        wanted += row.height;
    }
    const double available = std::max(1.0, textBottom - top);
    const double squeeze = wanted > available ? available / wanted : 1.0;
    const double spare = std::max(0.0, available - wanted);
    const bool centred = t.alignment == BadgeTemplate::Alignment::Center;
    double y = top + spare * (centred ? 0.35 : 0.2);
    bool afterName = false;
    double nameEm = 0;
    for (Row& row : rows) {
        if (!row.nameBlock && !afterName) {
            y += spare * (centred ? 0.3 : 0.45);
            afterName = true;
        }
        const double height = row.height * squeeze;
        const bool besideQr =
            qr > 0 && !portrait &&
            y + height > layout.qrCode.top() - gap; // a quiet zone for the scanner
        const double width = besideQr ? narrow : innerWidth;
        // The name stays the largest text even when a very long one had to shrink.
        if (!row.nameBlock && nameEm > 0) {
            row.maxEm = std::min(row.maxEm, nameEm);
            row.minEm = std::min(row.minEm, row.maxEm);
        }
        place(*row.target, row, QRectF(pad, y, width, height), horizontal);
        if (row.nameBlock && !row.target->isEmpty())
            nameEm =
                nameEm > 0 ? std::min(nameEm, row.target->text.emSize) : row.target->text.emSize;
        row.target->colour = row.target == &layout.title ? QColor(0x4a, 0x4a, 0x4a) : t.textColour;
        y += height;
    }
    return layout;
}

} // namespace entre
