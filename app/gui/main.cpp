#include "applicationsetup.h"
#include "checkin/checkinpage.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

// For the start-up benchmark (tests/bench/bench_startup.cpp): with ENTRE_BENCH_READY_EXIT=1 set,
// the window reports when it became usable, i.e. when the check-in page has painted its first
// people, as "entre-ready<TAB>steady clock in ns<TAB>ms since main()" on stdout, and closes.
class ReadyProbe : public QObject {
public:
    ReadyProbe(MainWindow* window, QElapsedTimer sinceMain)
        : QObject(window)
        , m_window(window)
        , m_sinceMain(sinceMain)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_painted ||
            m_window->checkInPage()->attendeeView()->model()->rowCount() == 0)
            return QObject::eventFilter(watched, event);
        m_painted = true;
        // Queued, so that it runs once this paint is done.
        QTimer::singleShot(0, m_window, [this] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("entre-ready\t%lld\t%.1f\n",
                        static_cast<long long>(
                            std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
                        static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            m_window->close();
        });
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow* m_window;
    QElapsedTimer m_sinceMain;
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
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
    if (qEnvironmentVariableIsSet("ENTRE_BENCH_READY_EXIT")) {
        if (!window.checkInPage())
            return 1;
        window.checkInPage()->attendeeView()->viewport()->installEventFilter(
            new ReadyProbe(&window, sinceMain));
    }
    return QApplication::exec();
}
