#include "stockcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct StockCatalogText {
    Q_DECLARE_TR_FUNCTIONS(entre::StockCatalog)
};

const QLatin1String customKey("badges/customStock");

QList<BadgeStock> loadBuiltIn()
{
    QFile file(QStringLiteral(":/badges/stocks.json"));
    QList<BadgeStock> stocks;
    if (!file.open(QIODevice::ReadOnly))
        return stocks;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("stocks")).toArray();
    for (const QJsonValue& value : list) {
        auto stock = BadgeStock::fromJson(value.toObject());
        if (stock)
            stocks.append(stock.value());
    }
    return stocks;
}

} // namespace

QList<BadgeStock> StockCatalog::builtIn()
{
    static const QList<BadgeStock> stocks = loadBuiltIn();
    return stocks;
}

QList<BadgeStock> StockCatalog::all()
{
    QList<BadgeStock> stocks = builtIn();
    if (auto custom = customStock())
        stocks.append(*custom);
    return stocks;
}

Result<BadgeStock> StockCatalog::find(const QString& idOrName)
{
    const QString wanted = idOrName.trimmed();
    const QList<BadgeStock> stocks = all();
    for (const BadgeStock& stock : stocks) {
        if (stock.id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            stock.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return stock;
    }
    return badInput(StockCatalogText::tr("There is no badge stock \"%1\". Known stocks: %2.")
                        .arg(wanted, [&stocks] {
                            QStringList ids;
                            for (const BadgeStock& stock : stocks)
                                ids.append(stock.id);
                            return ids.join(QLatin1String(", "));
                        }()));
}

std::optional<BadgeStock> StockCatalog::customStock()
{
    const QByteArray json = QSettings().value(customKey).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    auto stock = BadgeStock::fromJson(QJsonDocument::fromJson(json).object());
    if (!stock)
        return std::nullopt;
    stock->id = customStockId();
    return stock.value();
}

Result<void> StockCatalog::setCustomStock(BadgeStock stock)
{
    stock.id = customStockId();
    if (auto valid = stock.validate(); !valid)
        return valid;
    QSettings().setValue(customKey, QJsonDocument(stock.toJson()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace entre
