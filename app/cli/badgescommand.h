#pragma once

#include <QStringList>

namespace entre::cli {

// entre-cli badges FILE [--stock NAME] [--template NAME] [--all | --not-printed | --codes C1,C2 |
// --organisation NAME] [--start N] -o OUT.pdf [--printer QUEUE]; entre-cli badges --list-stocks.
// Needs a QGuiApplication (fonts, PDF, printers), which may use the offscreen platform.
int runBadges(const QStringList& arguments);

} // namespace entre::cli
