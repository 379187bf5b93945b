#pragma once

#include "badgecontent.h"
#include "badgetemplate.h"
#include "textfit.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>

namespace entre {

// One piece of text with the box it may use and the block its lines actually take.
struct PlacedText {
    FittedText text;
    QRectF box;
    QRectF block;
    bool bold = false;
    QColor colour;
    Qt::Alignment alignment = Qt::AlignLeft;
    bool isEmpty() const { return text.isEmpty(); }
};

// Where everything on one badge goes, in millimetres from its top-left corner. Computed from the
// template, the badge size and the content, so that long names get the room they need.
struct BadgeLayout {
    QSizeF size;
    QRectF band;
    QColor bandColour;
    PlacedText eventName;
    PlacedText firstName; // the full name when the template shows it on one row
    PlacedText lastName;
    PlacedText organisation;
    PlacedText title;
    QRectF qrCode;
    QRectF logo;

    static BadgeLayout compute(const BadgeTemplate& badgeTemplate, QSizeF size,
                               const BadgeContent& content);
    QList<const PlacedText*> texts() const;
};

} // namespace entre
