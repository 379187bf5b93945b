#pragma once

#include <QString>

class QCoreApplication;

namespace entre {

// Organisation and application names, which QSettings and QStandardPaths use for their folders.
void setApplicationNames();
// Loads Entré's and Qt's own translations. Swedish unless ENTRE_LANG or the setting
// "ui/language" says "en"; the users' first language is Swedish.
void installTranslations(QCoreApplication& app);
QString uiLanguage();

} // namespace entre
