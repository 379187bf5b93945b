#include "applicationsetup.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
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
