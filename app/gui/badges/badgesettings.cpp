#include "badgesettings.h"

#include "badges/printercalibration.h"
#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"

#include <QSettings>

namespace {

const QLatin1String stockKey("badges/stock");
const QLatin1String templateKey("badges/template");
const QLatin1String printerKey("badges/printer");
const QLatin1String printOnCheckInKey("badges/printOnCheckIn");

} // namespace

QString BadgeSettings::stockId()
{
    return QSettings().value(stockKey, entre::StockCatalog::defaultStockId()).toString();
}

void BadgeSettings::setStockId(const QString& id)
{
    QSettings().setValue(stockKey, id);
}

QString BadgeSettings::templateName()
{
    return QSettings().value(templateKey, entre::TemplateCatalog::defaultTemplateName()).toString();
}

void BadgeSettings::setTemplateName(const QString& name)
{
    QSettings().setValue(templateKey, name);
}

QString BadgeSettings::printerName()
{
    return QSettings().value(printerKey).toString();
}

void BadgeSettings::setPrinterName(const QString& name)
{
    QSettings().setValue(printerKey, name);
}

bool BadgeSettings::printOnCheckIn()
{
    return QSettings().value(printOnCheckInKey, false).toBool();
}

void BadgeSettings::setPrintOnCheckIn(bool on)
{
    QSettings().setValue(printOnCheckInKey, on);
}

QPointF BadgeSettings::offsetFor(const QString& printerName)
{
    return entre::PrinterCalibration::offsetFor(printerName);
}

void BadgeSettings::setOffsetFor(const QString& printerName, QPointF offsetMm)
{
    entre::PrinterCalibration::setOffsetFor(printerName, offsetMm);
}

entre::BadgeRequest BadgeSettings::request()
{
    entre::BadgeRequest request;
    request.stockId = stockId();
    request.templateName = templateName();
    return request;
}
