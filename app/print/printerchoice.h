#pragma once

#include "badgeprintrun.h"

#include <QStringList>

#include <optional>

class QWidget;

namespace entre {

// The printer queues this computer knows, by name, for the user to choose from.
QStringList availablePrinterQueues();

// Asks which printer to print on, starting from this queue (empty: the default printer). The
// dialog's "print to file" gives a PDF target. None when the user cancels.
std::optional<PrintTarget> choosePrintTarget(QWidget* parent, const QString& queue);

} // namespace entre
