#include "calibrationpage.h"

#include "badgeprintrun.h"
#include "printersetup.h"

#include <QPrinter>

namespace entre {

Result<QString> printCalibrationPage(const QString& queue, const BadgeStock& stock,
                                     QPointF offsetMm)
{
    auto found = findPrinterQueue(queue);
    if (!found)
        return found.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(found.value());
    // CUPS turns job titles into file names: plain ASCII keeps them intact.
    printer.setDocName(QStringLiteral("Entre calibration"));
    if (auto prepared = preparePrinter(printer, stock); !prepared)
        return prepared.error();
    if (auto printed = paintTestPage(printer, stock, offsetMm); !printed)
        return printed.error();
    return found.value();
}

} // namespace entre
