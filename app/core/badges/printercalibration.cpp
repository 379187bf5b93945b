#include "printercalibration.h"

#include <QSettings>

namespace entre {
namespace {

QString keyFor(const QString& printerName)
{
    // Printer names may hold characters QSettings treats as separators.
    const QString name = printerName.isEmpty() ? QStringLiteral("default") : printerName;
    return QStringLiteral("badges/calibration/") +
           QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

QPointF PrinterCalibration::offsetFor(const QString& printerName)
{
    return QSettings().value(keyFor(printerName), QPointF()).toPointF();
}

void PrinterCalibration::setOffsetFor(const QString& printerName, QPointF offsetMm)
{
    QSettings().setValue(keyFor(printerName), offsetMm);
}

} // namespace entre
