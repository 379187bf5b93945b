#include "commandtable.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // Badges need fonts and printers, which live in the GUI library; no display is used.
    const entre::cli::Command* command =
        argc > 1 ? entre::cli::findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    const bool drawing = command && command->draws;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        drawing ? std::make_unique<QGuiApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    entre::setApplicationNames();
    // Scripts parse the output: English unless ENTRE_LANG asks for Swedish.
    if (qEnvironmentVariableIsEmpty("ENTRE_LANG"))
        qputenv("ENTRE_LANG", "en");
    entre::installTranslations(*application);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return entre::cli::dispatch(arguments);
}
