#include "printerchoice.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace entre {

QStringList availablePrinterQueues()
{
    return QPrinterInfo::availablePrinterNames();
}

std::optional<PrintTarget> choosePrintTarget(QWidget* parent, const QString& queue)
{
    const QPrinterInfo info =
        queue.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(queue);
    QPrinter printer(info, QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("choosePrinterDialog"));
    dialog.setOptions(QAbstractPrintDialog::PrintToFile);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (!printer.outputFileName().isEmpty())
        return PrintTarget::pdf(printer.outputFileName());
    return PrintTarget::printer(printer.printerName());
}

} // namespace entre
