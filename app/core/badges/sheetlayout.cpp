#include "sheetlayout.h"

#include <QCoreApplication>

#include <cmath>

namespace entre {

SheetLayout::SheetLayout(BadgeStock stock, int startPosition, QPointF offsetMm)
    : m_stock(std::move(stock))
    , m_start(startPosition - 1)
    , m_offset(offsetMm)
{}

Result<void> SheetLayout::validate() const
{
    const int perPage = m_stock.labelsPerPage();
    if (m_start < 0 || m_start >= perPage)
        return badInput(QCoreApplication::translate("entre::SheetLayout",
                                                    "The start position must be between 1 and %1 "
                                                    "for \"%2\".")
                            .arg(perPage)
                            .arg(m_stock.name));
    if (std::abs(m_offset.x()) > 20 || std::abs(m_offset.y()) > 20)
        return badInput(QCoreApplication::translate(
            "entre::SheetLayout", "A calibration offset larger than 20 mm is surely a mistake."));
    return {};
}

BadgePlacement SheetLayout::placement(int index) const
{
    const int perPage = std::max(1, m_stock.labelsPerPage());
    const int position = index + m_start;
    BadgePlacement placed;
    placed.page = position / perPage;
    placed.slot = position % perPage;
    placed.labelRect = m_stock.labelRect(placed.slot).translated(m_offset);
    return placed;
}

int SheetLayout::pageCount(int badgeCount) const
{
    if (badgeCount <= 0)
        return 0;
    return placement(badgeCount - 1).page + 1;
}

} // namespace entre
