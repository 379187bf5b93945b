#include "applicationsetup.h"

#include "appicon.h"
#include "util/translations.h"

#include <QApplication>

namespace entre::gui {

void setUpApplication(QApplication& app)
{
    entre::setApplicationNames();
    entre::installTranslations(app);
    QApplication::setDesktopFileName(QStringLiteral("io.github.entre_desk.Entre"));
    QApplication::setWindowIcon(applicationIcon());
}

} // namespace entre::gui
