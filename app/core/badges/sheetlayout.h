#pragma once

#include "badgestock.h"
#include "util/result.h"

#include <QPointF>
#include <QRectF>

namespace entre {

// Where the n-th badge of a print run goes: which page, which label, and where on the page,
// after the start position on a partly used first sheet and the printer's calibration offset.
struct BadgePlacement {
    int page = 0;
    int slot = 0;     // 0 is the top-left label
    QRectF labelRect; // in mm on the page, offset included
};

class SheetLayout {
public:
    // startPosition counts labels from 1, across then down, on the first sheet.
    SheetLayout(BadgeStock stock, int startPosition = 1, QPointF offsetMm = {});

    Result<void> validate() const;
    const BadgeStock& stock() const { return m_stock; }
    BadgePlacement placement(int index) const;
    int pageCount(int badgeCount) const;

private:
    BadgeStock m_stock;
    int m_start = 0;
    QPointF m_offset;
};

} // namespace entre
