#pragma once

#include <QString>

class QWidget;

namespace entre {

class BadgePrintRun;

// Shows a prepared run's badges in the print preview; printing from there uses the same
// renderer and page setup as every other way out. The page is that of this printer (empty: the
// default printer) when it takes the stock, else a plain page of the stock's size. A failure to
// draw is shown to the user.
void showBadgePreview(QWidget* parent, const BadgePrintRun& run, const QString& printerName);

} // namespace entre
