#pragma once

#include "badgeprintrun.h"

#include <QPointF>
#include <QString>

// The desk's badge choices, kept in the application settings: stock, template, printer, whether
// a check-in prints a badge, and each printer's calibration offset.
class BadgeSettings {
public:
    static QString stockId();
    static void setStockId(const QString& id);
    static QString templateName();
    static void setTemplateName(const QString& name);
    // Empty: the system's default printer.
    static QString printerName();
    static void setPrinterName(const QString& name);
    static bool printOnCheckIn();
    static void setPrintOnCheckIn(bool on);

    static QPointF offsetFor(const QString& printerName);
    static void setOffsetFor(const QString& printerName, QPointF offsetMm);

    // The stock and template chosen, as a print run asks for them; the run finds them (the
    // event's own templates included) and the printer's calibration.
    static entre::BadgeRequest request();
    // The printer chosen: a queue, or the system's default printer.
    static entre::PrintTarget printer() { return entre::PrintTarget::printer(printerName()); }
};
