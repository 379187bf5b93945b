#pragma once

#include <QPointF>
#include <QString>

namespace entre {

// How far a printer's output must move to land on the labels, in millimetres, remembered per
// printer in the application settings so the window and entre-cli use the same numbers.
class PrinterCalibration {
public:
    // An empty name is the system's default printer.
    static QPointF offsetFor(const QString& printerName);
    static void setOffsetFor(const QString& printerName, QPointF offsetMm);
};

} // namespace entre
