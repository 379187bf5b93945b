#include "badgepreviewdialog.h"

#include "badgeprintrun.h"
#include "printersetup.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace entre {

void showBadgePreview(QWidget* parent, const BadgePrintRun& run, const QString& printerName)
{
    const BadgeJob& job = run.job();
    const QList<BadgeContent>& badges = run.badges();
    const QPrinterInfo info = printerName.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                    : QPrinterInfo::printerInfo(printerName);
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("Entre badges"));
    if (auto prepared = preparePrinter(printer, job.stock); !prepared) {
        // Without a printer that takes the stock, preview on a plain PDF page of its size.
        printer.setOutputFormat(QPrinter::PdfFormat);
        preparePrinter(printer, job.stock);
    }
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("badgePreviewDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("BadgePreview", "Badge preview"));
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&job, &badges, &failure](QPrinter* target) {
                         preparePrinter(*target, job.stock);
                         auto painted = paintBadges(*target, job, badges);
                         if (!painted)
                             failure = painted.error().message;
                     });
    dialog.exec();
    if (!failure.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("BadgePreview", "Badge preview"),
                             failure);
}

} // namespace entre
