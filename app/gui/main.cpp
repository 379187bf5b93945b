#include "applicationsetup.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    // --help and --version print and quit: like any program's, they need no display.
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if ((argument == "-h" || argument == "--help" || argument == "--help-all" ||
             argument == "-v" || argument == "--version") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    entre::gui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Entré: check-in desk for events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the bundled demo event."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("file"), QApplication::translate("main", "The event file (.entre) to open."),
        QStringLiteral("[file]"));
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemoEvent();
    else if (!parser.positionalArguments().isEmpty())
        window.openEvent(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
