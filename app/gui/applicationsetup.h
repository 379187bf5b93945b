#pragma once

class QApplication;

namespace entre::gui {

// Names for QSettings and QStandardPaths, the translation in the chosen language, the window icon.
void setUpApplication(QApplication& app);

} // namespace entre::gui
