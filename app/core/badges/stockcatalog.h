#pragma once

#include "badgestock.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace entre {

// The stocks Entré knows: the built-in list from resources and one stock the user defined.
class StockCatalog {
public:
    static QList<BadgeStock> builtIn();
    // Built-in stocks followed by the user's own, when one is defined.
    static QList<BadgeStock> all();
    // By id ("avery-l4785") or by name, ignoring case.
    static Result<BadgeStock> find(const QString& idOrName);
    static QString defaultStockId() { return QStringLiteral("avery-l4785"); }

    // The user's own stock lives in the application settings under the id "custom".
    static std::optional<BadgeStock> customStock();
    static Result<void> setCustomStock(BadgeStock stock);
    static QString customStockId() { return QStringLiteral("custom"); }
};

} // namespace entre
