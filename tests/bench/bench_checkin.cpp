// One check-in at the desk, from Enter to the committed row and the repainted list, on a
// generated 100,000-person event: the real main window and check-in page, offscreen, driven with
// QTest key presses as a volunteer does. The peer is a bare INSERT and COMMIT in the sqlite3
// shell with the same durability (synchronous=FULL, the event's journal mode) in the same folder.
// Prints figures; it does not fail on slowness, only when a check-in does not happen.
#include "badges/badgeprintservice.h"
#include "badges/badgesettings.h"
#include "benchfigures.h"
#include "checkin/checkinpage.h"
#include "checkin/organisationcountspanel.h"
#include "event/event.h"
#include "mainwindow.h"
#include "searchbenchevent.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <functional>
#include <optional>

using namespace entre;

namespace {

const QString peerName = QStringLiteral("sqlite3 shell, INSERT+COMMIT, synchronous=FULL");

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printFigures(const QString& label, const QList<double>& ms)
{
    out() << label.leftJustified(46)
          << QStringLiteral("n=%1  median %2 ms  p99 %3 ms  max %4 ms")
                 .arg(ms.size())
                 .arg(bench::percentile(ms, 0.5), 0, 'f', 2)
                 .arg(bench::percentile(ms, 0.99), 0, 'f', 2)
                 .arg(bench::percentile(ms, 1.0), 0, 'f', 2)
          << Qt::endl;
}

// The codes of people not yet checked in, spread over the whole event.
QStringList codesToCheckIn(Event& event, int people, int count)
{
    QStringList codes;
    const int step = std::max(1, people / (count + 1));
    for (int n = people; n >= 1 && codes.size() < count; n -= step) {
        const QString code = QStringLiteral("B%1").arg(n, 6, 10, QLatin1Char('0'));
        auto found = event.findByCode(code);
        if (found && found->has_value() && !found->value().isCheckedIn())
            codes.append(code);
    }
    return codes;
}

struct CheckInTimes {
    QList<double> enter;    // Enter to the committed tick and the repainted list
    QList<double> counters; // the deferred refresh of the counters per organisation after it
};

// Types each code (not timed), then times Enter until the tick is committed, the list is
// refreshed and its repaint is done. Before each, `between` (not timed) waits for what the last
// one started. Empty when a check-in did not happen.
std::optional<CheckInTimes> timeCheckIns(MainWindow& window, const QStringList& codes,
                                         const std::function<void()>& between = {})
{
    CheckInPage* page = window.checkInPage();
    QLineEdit* field = page->searchField();
    CheckInTimes times;
    QElapsedTimer timer;
    for (const QString& code : codes) {
        if (between)
            between();
        field->setText(code);
        QCoreApplication::processEvents();
        timer.start();
        QTest::keyClick(field, Qt::Key_Return);
        QCoreApplication::processEvents(); // the posted repaint of the list and the banner
        times.enter.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        auto ticked = window.event()->findByCode(code);
        if (!ticked || !ticked->has_value() || !ticked->value().isCheckedIn()) {
            out() << "Enter did not check in " << code << Qt::endl;
            return std::nullopt;
        }
        // The counters follow 40 ms later on a timer, on the window's thread, while the next
        // person's name may already be typed: timed on their own, so they do not fall into the
        // next person's time.
        timer.start();
        page->countsPanel()->refresh();
        times.counters.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

// The same check-ins without the desk: Event::checkIn alone, from reading the person to the
// COMMIT, on an event opened with no window. What the Enter row spends beyond this is the
// desk's list, banner and repaint; this row is what compares with the peer's bare INSERT.
std::optional<QList<double>> timeStoreCheckIns(const QString& path, const QStringList& codes)
{
    auto opened = Event::open(path);
    if (!opened) {
        out() << "cannot open the event: " << opened.error().message << Qt::endl;
        return std::nullopt;
    }
    Event& event = *opened.value();
    QList<qint64> ids;
    for (const QString& code : codes) {
        auto found = event.findByCode(code);
        if (!found || !found->has_value())
            return std::nullopt;
        ids.append(found->value().id);
    }
    QList<double> ms;
    QElapsedTimer timer;
    for (const qint64 id : std::as_const(ids)) {
        timer.start();
        auto outcome = event.checkIn(id);
        ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!outcome || outcome->status != CheckInOutcome::Status::CheckedIn) {
            out() << "Event::checkIn did not check in person " << id << Qt::endl;
            return std::nullopt;
        }
    }
    return ms;
}

// The event's journal mode, asked of the file itself, so the peer writes the same way.
QString journalMode(const QString& shell, const QString& path)
{
    QProcess process;
    process.start(shell,
                  {QStringLiteral("-readonly"), path, QStringLiteral("PRAGMA journal_mode;")});
    process.waitForFinished(30000);
    const QString mode = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return mode.isEmpty() ? QStringLiteral("wal") : mode;
}

// count single-row transactions in one shell process. The shell's own .timer shows whole
// milliseconds only, so each transaction is timed from writing it to the shell until the shell
// answers the SELECT after its COMMIT: a pipe round trip (tens of microseconds) more than the
// transaction itself.
std::optional<QList<double>> timeShellPeer(const QString& folder, const QString& mode, int count)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        QTextStream(stderr) << "sqlite3 shell not found: peer n/a (apt-get install sqlite3)\n";
        return std::nullopt;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(shell, {QStringLiteral("-batch"), QStringLiteral("-bail"),
                          QDir(folder).filePath(QStringLiteral("peer.sqlite"))});
    const auto answer = [&process](const QByteArray& sql) {
        process.write(sql + "SELECT 'done';\n");
        QByteArray output;
        while (!output.contains("done\n") && process.waitForReadyRead(30000))
            output += process.readAll();
        return output.contains("done\n");
    };
    if (!answer(QStringLiteral("PRAGMA journal_mode=%1; PRAGMA synchronous=FULL; CREATE TABLE "
                               "checkin_log(id INTEGER PRIMARY KEY, attendee_id INTEGER NOT NULL, "
                               "action TEXT NOT NULL, at TEXT NOT NULL, station TEXT NOT NULL);")
                    .arg(mode)
                    .toUtf8()))
        return std::nullopt;
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 1; i <= count; ++i) {
        const QByteArray sql = QStringLiteral("BEGIN; INSERT INTO checkin_log(attendee_id, action, "
                                              "at, station) VALUES (%1, 'check_in', "
                                              "strftime('%Y-%m-%dT%H:%M:%fZ'), 'desk 1'); COMMIT;")
                                   .arg(i)
                                   .toUtf8();
        timer.start();
        if (!answer(sql)) {
            QTextStream(stderr) << "the sqlite3 shell did not answer\n";
            return std::nullopt;
        }
        ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return ms;
}

std::optional<double> peerAt(const std::optional<QList<double>>& peer, double p)
{
    return peer ? std::optional(bench::percentile(*peer, p)) : std::nullopt;
}

// With "print a badge at every check-in" on, to a PDF file: the badge is drawn on the print
// service's worker thread, so Enter to the repainted list should take no longer. People come
// to the desk seconds apart, so each badge is out before the next person's Enter, as a printer
// that keeps up has it; a queue of badges is not what is measured here.
std::optional<CheckInTimes> timeWithPrinting(MainWindow& window, const QStringList& codes,
                                             const QString& folder)
{
    BadgeSettings::setPrintOnCheckIn(true);
    BadgePrintService* service = BadgePrintService::forEvent(window.event());
    service->setOutputFile(QDir(folder).filePath(QStringLiteral("badge.pdf")));
    const auto waitForPrints = [service] {
        QElapsedTimer waited;
        waited.start();
        while (service->isBusy() && waited.elapsed() < 120000)
            QTest::qWait(5);
        QCoreApplication::processEvents();
    };
    auto times = timeCheckIns(window, codes, waitForPrints);
    waitForPrints();
    BadgeSettings::setPrintOnCheckIn(false);
    if (times && !service->failed().isEmpty()) {
        out() << "badge printing on check-in failed" << Qt::endl;
        return std::nullopt;
    }
    return times;
}

struct Options {
    int people = 100000;
    int checkIns = 500;
    int printed = 60;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check-in benchmark"));
    parser.addHelpOption();
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("Event size."),
                                    QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption checkIns(QStringLiteral("checkins"), QStringLiteral("Check-ins."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Tiny sizes."));
    parser.addOptions({people, checkIns, smoke});
    parser.process(app);
    if (parser.isSet(smoke))
        return {2000, 20, 4};
    Options options{parser.value(people).toInt(), parser.value(checkIns).toInt(), 60};
    options.printed = std::min(options.printed, options.checkIns);
    return options;
}

void report(const Options& options, const CheckInTimes& times, const QList<double>& store,
            const std::optional<QList<double>>& peer, const std::optional<QList<double>>& printing)
{
    const QList<double>& desk = times.enter;
    const QString size = QLocale(QLocale::English).toString(options.people);
    out() << "event: " << size << " people; " << desk.size() << " check-ins by Enter" << Qt::endl;
    printFigures(QStringLiteral("Enter to committed row and repainted list"), desk);
    printFigures(QStringLiteral("Event::checkIn alone, no window"), store);
    printFigures(QStringLiteral("the counters per organisation after it"), times.counters);
    if (printing)
        printFigures(QStringLiteral("the same, printing a badge on check-in"), *printing);
    if (peer)
        printFigures(peerName, *peer);
    else
        out() << peerName << ": n/a" << Qt::endl;
    const QString measure = QStringLiteral("Check-in at %1 people, Enter to committed row and "
                                           "updated view, %2")
                                .arg(size);
    bench::printBenchLine(QStringLiteral("checkin_median"), measure.arg(QStringLiteral("median")),
                          bench::percentile(desk, 0.5), peerName, peerAt(peer, 0.5),
                          QStringLiteral("ms"),
                          QStringLiteral("at most 2x the peer and under 20 ms"));
    bench::printBenchLine(QStringLiteral("checkin_p99"), measure.arg(QStringLiteral("p99")),
                          bench::percentile(desk, 0.99), peerName, peerAt(peer, 0.99),
                          QStringLiteral("ms"), QStringLiteral("at most 2x the peer"));
    bench::printBenchLine(QStringLiteral("checkin_store_median"),
                          QStringLiteral("Check-in at %1 people, the event's transaction alone "
                                         "(Event::checkIn, no window), median")
                              .arg(size),
                          bench::percentile(store, 0.5), peerName, peerAt(peer, 0.5),
                          QStringLiteral("ms"),
                          QStringLiteral("reported: the part of the row above that the peer "
                                         "does"));
    bench::printBenchLine(QStringLiteral("checkin_counters_p99"),
                          QStringLiteral("The counters per organisation after a check-in at %1 "
                                         "people, p99")
                              .arg(size),
                          bench::percentile(times.counters, 0.99), QString(), std::nullopt,
                          QStringLiteral("ms"), QStringLiteral("under 16 ms (one frame)"));
    if (printing)
        bench::printBenchLine(
            QStringLiteral("checkin_print_median"),
            QStringLiteral("Check-in with a badge printed on check-in (to PDF), median"),
            bench::percentile(*printing, 0.5), QStringLiteral("the same check-in without printing"),
            bench::percentile(desk, 0.5), QStringLiteral("ms"),
            QStringLiteral("printing adds nothing"));
}

} // namespace

int main(int argc, char* argv[])
{
    // Files beside the benchmark's working folder, on the disk the user's events are on: a
    // commit's cost is the disk's.
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-checkin-XXXXXX")));
    if (!dir.isValid())
        return 1;
    bench::useHomeIn(dir.path());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreBench"));
    const Options options = parseOptions(app);

    const QString path = dir.filePath(QStringLiteral("checkin.entre"));
    QElapsedTimer made;
    made.start();
    if (auto created = bench::createSearchBenchEvent(path, options.people); !created) {
        out() << "cannot create the event: " << created.error().message << Qt::endl;
        return 1;
    }
    out() << "generated " << options.people << " people in " << made.elapsed() << " ms" << Qt::endl;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString mode = shell.isEmpty() ? QStringLiteral("wal") : journalMode(shell, path);

    MainWindow window;
    window.show();
    if (!window.openEvent(path) || !QTest::qWaitForWindowExposed(&window))
        return 1;
    // The desk has been open a moment when the first person comes: its idle reading is done.
    if (!QTest::qWaitFor([&window] { return !window.event()->isWarming(); }, 60000))
        return 1;
    const QStringList codes =
        codesToCheckIn(*window.event(), options.people, 2 * options.checkIns + options.printed);
    const auto desk = timeCheckIns(window, codes.mid(0, options.checkIns));
    if (!desk || desk->enter.isEmpty())
        return 1;
    const auto printing =
        timeWithPrinting(window, codes.mid(options.checkIns, options.printed), dir.path());
    if (!printing)
        return 1;
    window.closeCurrentEvent();
    const auto store = timeStoreCheckIns(path, codes.mid(options.checkIns + options.printed));
    if (!store || store->isEmpty())
        return 1;
    report(options, *desk, *store, timeShellPeer(dir.path(), mode, options.checkIns),
           printing->enter);
    return 0;
}
