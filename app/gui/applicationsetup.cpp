#include "applicationsetup.h"

#include "util/translations.h"

#include <QApplication>

namespace entre::gui {

void setUpApplication(QApplication& app)
{
    entre::setApplicationNames();
    entre::installTranslations(app);
    QApplication::setDesktopFileName(QStringLiteral("org.example.Entre"));
}

} // namespace entre::gui
