#include "badgestock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct BadgeStockText {
    Q_DECLARE_TR_FUNCTIONS(entre::BadgeStock)
};

// Geometry is compared with this slack so that 297 and 296.99 both fit an A4 page.
constexpr double slackMm = 0.05;

QSizeF sizeFrom(const QJsonValue& value)
{
    const QJsonArray pair = value.toArray();
    return pair.size() == 2 ? QSizeF(pair.at(0).toDouble(-1), pair.at(1).toDouble(-1))
                            : QSizeF(-1, -1);
}

QJsonArray pairOf(double a, double b)
{
    return QJsonArray{a, b};
}

} // namespace

QRectF BadgeStock::labelRect(int slot) const
{
    const int column = columns > 0 ? slot % columns : 0;
    const int row = columns > 0 ? slot / columns : 0;
    return {QPointF(origin.x() + column * pitch.width(), origin.y() + row * pitch.height()),
            labelSize};
}

QSizeF BadgeStock::badgeSize() const
{
    return rotateContent ? labelSize.transposed() : labelSize;
}

Result<void> BadgeStock::validate() const
{
    if (name.trimmed().isEmpty())
        return badInput(BadgeStockText::tr("The stock has no name."));
    if (pageSize.width() <= 0 || pageSize.height() <= 0 || labelSize.width() <= 0 ||
        labelSize.height() <= 0)
        return badInput(
            BadgeStockText::tr("The stock \"%1\" needs a positive page and label size.").arg(name));
    if (labelSize.width() < 20 || labelSize.height() < 20)
        return badInput(BadgeStockText::tr(
                            "The labels of \"%1\" are smaller than 20 mm; a badge needs more room.")
                            .arg(name));
    if (columns < 1 || rows < 1 || columns > 20 || rows > 40)
        return badInput(
            BadgeStockText::tr("The stock \"%1\" needs between 1 and 20 columns and 1 and 40 rows.")
                .arg(name));
    if ((columns > 1 && pitch.width() < labelSize.width() - slackMm) ||
        (rows > 1 && pitch.height() < labelSize.height() - slackMm))
        return badInput(
            BadgeStockText::tr("The labels of \"%1\" overlap: the pitch is smaller than a label.")
                .arg(name));
    const QRectF last = labelRect(labelsPerPage() - 1);
    if (origin.x() < -slackMm || origin.y() < -slackMm ||
        last.right() > pageSize.width() + slackMm || last.bottom() > pageSize.height() + slackMm)
        return badInput(
            BadgeStockText::tr("The labels of \"%1\" do not fit on its page.").arg(name));
    return {};
}

Result<BadgeStock> BadgeStock::fromJson(const QJsonObject& json)
{
    BadgeStock stock;
    stock.id = json.value(QLatin1String("id")).toString();
    stock.name = json.value(QLatin1String("name")).toString();
    stock.pageSize = sizeFrom(json.value(QLatin1String("page")));
    stock.labelSize = sizeFrom(json.value(QLatin1String("label")));
    stock.columns = json.value(QLatin1String("columns")).toInt(1);
    stock.rows = json.value(QLatin1String("rows")).toInt(1);
    const QSizeF origin = sizeFrom(json.value(QLatin1String("origin")));
    stock.origin = json.contains(QLatin1String("origin")) ? QPointF(origin.width(), origin.height())
                                                          : QPointF(0, 0);
    stock.pitch = json.contains(QLatin1String("pitch"))
                      ? sizeFrom(json.value(QLatin1String("pitch")))
                      : stock.labelSize;
    stock.cornerRadius = json.value(QLatin1String("radius")).toDouble(0);
    stock.rotateContent = json.value(QLatin1String("rotate")).toBool(false);
    stock.roll = json.value(QLatin1String("roll")).toBool(false);
    if (stock.id.isEmpty())
        stock.id = stock.name;
    if (auto valid = stock.validate(); !valid)
        return valid.error();
    return stock;
}

QJsonObject BadgeStock::toJson() const
{
    QJsonObject json{
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("page"), pairOf(pageSize.width(), pageSize.height())},
        {QLatin1String("label"), pairOf(labelSize.width(), labelSize.height())},
        {QLatin1String("columns"), columns},
        {QLatin1String("rows"), rows},
        {QLatin1String("origin"), pairOf(origin.x(), origin.y())},
        {QLatin1String("pitch"), pairOf(pitch.width(), pitch.height())},
        {QLatin1String("radius"), cornerRadius},
    };
    if (rotateContent)
        json.insert(QLatin1String("rotate"), true);
    if (roll)
        json.insert(QLatin1String("roll"), true);
    return json;
}

} // namespace entre
