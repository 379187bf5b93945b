#pragma once

#include <QFont>
#include <QString>

namespace entre {

// The font shipped with Entré (DejaVu Sans), so a badge looks the same on every computer and
// å, ä and ö always render. Needs a QGuiApplication.
class BadgeFonts {
public:
    // Loads the font files from resources once; false when they could not be loaded.
    static bool ensureLoaded();
    static QString family();
    // A font with the given em height in the painter's units, outline only and without hinting,
    // so that what is measured is what is printed at any resolution.
    static QFont font(double emSize, bool bold);
};

} // namespace entre
