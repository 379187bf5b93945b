#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace entre {

// A label stock: the paper a printer takes and where the badges sit on it, all in millimetres.
struct BadgeStock {
    QString id;
    QString name;
    QSizeF pageSize;  // the sheet or one label of a roll
    QSizeF labelSize; // one badge as the stock is fed (portrait for most roll labels)
    int columns = 1;
    int rows = 1;
    QPointF origin; // top-left corner of the first label on the page
    QSizeF pitch;   // from one label's corner to the next one's, across and down
    double cornerRadius = 0;
    bool rotateContent = false; // a portrait roll label carries a landscape badge
    bool roll = false;

    int labelsPerPage() const { return columns * rows; }
    // Slot 0 is top left, counted across then down.
    QRectF labelRect(int slot) const;
    // The badge as people read it: labelSize, turned a quarter when rotateContent.
    QSizeF badgeSize() const;

    // Everything fits on the page and the numbers make sense; a message that says what not.
    Result<void> validate() const;

    static Result<BadgeStock> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

} // namespace entre
