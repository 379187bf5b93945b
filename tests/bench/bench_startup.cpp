// Start-up of the desk on a generated 200,000-person event: from starting the entre process to
// a usable window (the check-in page shown with its first people painted), and the process's
// peak resident memory. The application reports "ready" itself when ENTRE_BENCH_READY_EXIT=1
// (app/gui/main.cpp), offscreen. Prints figures; it fails only when the window never gets ready.
#include "benchfigures.h"
#include "searchbenchevent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <fcntl.h>
#include <optional>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

using namespace entre;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Run {
    double readyMs = 0;   // from spawning the process to the window's first painted list
    double mainMs = 0;    // of which, from main() on
    double peakRssMb = 0; // the process's own maximum resident set
};

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Waits for the child at most timeoutMs, then kills it; its own resource usage comes back.
std::optional<rusage> waitFor(pid_t pid, int timeoutMs)
{
    rusage usage{};
    int status = 0;
    QElapsedTimer waited;
    waited.start();
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (waited.elapsed() > timeoutMs) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            out() << "the window did not get ready within " << timeoutMs << " ms" << Qt::endl;
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        out() << "entre ended with status " << status << Qt::endl;
        return std::nullopt;
    }
    return usage;
}

std::optional<Run> startOnce(const QString& entre, const QString& event, const QString& folder)
{
    const QByteArray logPath =
        QFile::encodeName(QDir(folder).filePath(QStringLiteral("ready.txt")));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    const QByteArray program = QFile::encodeName(entre);
    const QByteArray file = QFile::encodeName(event);
    char* argv[] = {const_cast<char*>(program.constData()), const_cast<char*>(file.constData()),
                    nullptr};
    pid_t pid = 0;
    const qint64 spawned = steadyNs();
    const int failed = posix_spawn(&pid, program.constData(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) {
        out() << "cannot start " << entre << Qt::endl;
        return std::nullopt;
    }
    const auto usage = waitFor(pid, 120000);
    QFile log(QFile::decodeName(logPath));
    if (!usage || !log.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "entre-ready <steady clock ns> <ms since main>", printed by the application.
    const QList<QByteArray> ready = log.readAll().trimmed().split('\t');
    if (ready.size() != 3 || ready.at(0) != "entre-ready") {
        out() << "entre did not report ready" << Qt::endl;
        return std::nullopt;
    }
    Run run;
    run.readyMs = static_cast<double>(ready.at(1).toLongLong() - spawned) / 1e6;
    run.mainMs = ready.at(2).toDouble();
    run.peakRssMb = static_cast<double>(usage->ru_maxrss) / 1024.0; // kilobytes on Linux
    return run;
}

struct Options {
    int people = 200000;
    int runs = 5;
    QString entre;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up benchmark"));
    parser.addHelpOption();
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("Event size."),
                                    QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Start-ups timed."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption entre(QStringLiteral("entre"), QStringLiteral("The entre program."),
                                   QStringLiteral("PATH"), QStringLiteral(ENTRE_GUI_PROGRAM));
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Tiny sizes."));
    parser.addOptions({people, runs, entre, smoke});
    parser.process(app);
    if (parser.isSet(smoke))
        return {2000, 1, parser.value(entre)};
    return {parser.value(people).toInt(), std::max(1, parser.value(runs).toInt()),
            parser.value(entre)};
}

void report(const Options& options, const QList<Run>& runs)
{
    QList<double> ready;
    QList<double> fromMain;
    double peak = 0;
    for (const Run& run : runs) {
        ready.append(run.readyMs);
        fromMain.append(run.mainMs);
        peak = std::max(peak, run.peakRssMb);
        out() << QStringLiteral("start-up: %1 ms to a usable window (%2 ms of it from main()), "
                                "peak RSS %3 MB")
                     .arg(run.readyMs, 0, 'f', 1)
                     .arg(run.mainMs, 0, 'f', 1)
                     .arg(run.peakRssMb, 0, 'f', 1)
              << Qt::endl;
    }
    const QString size = QLocale(QLocale::English).toString(options.people);
    bench::printBenchLine(
        QStringLiteral("startup_ms"),
        QStringLiteral("Start-up with a %1-person event, to a usable window, median").arg(size),
        bench::percentile(ready, 0.5), QStringLiteral("none"), std::nullopt, QStringLiteral("ms"),
        QStringLiteral("under 1000 ms"));
    bench::printBenchLine(QStringLiteral("startup_rss"),
                          QStringLiteral("Start-up with a %1-person event, peak RSS").arg(size),
                          peak, QStringLiteral("none"), std::nullopt, QStringLiteral("MB"),
                          QStringLiteral("under 150 MB"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-startup-XXXXXX")));
    if (!dir.isValid())
        return 1;
    // The started window keeps its settings, recent files and backups in here, offscreen.
    bench::useHomeIn(dir.path());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("ENTRE_BENCH_READY_EXIT", "1");

    const QString event = dir.filePath(QStringLiteral("startup.entre"));
    QElapsedTimer made;
    made.start();
    if (auto created = bench::createSearchBenchEvent(event, options.people); !created) {
        out() << "cannot create the event: " << created.error().message << Qt::endl;
        return 1;
    }
    out() << "generated " << options.people << " people in " << made.elapsed() << " ms" << Qt::endl;
    // One start first to warm the disk cache, as on a desk that opened the event before.
    QList<Run> runs;
    for (int i = 0; i <= options.runs; ++i) {
        const auto run = startOnce(options.entre, event, dir.path());
        if (!run)
            return 1;
        if (i > 0)
            runs.append(*run);
    }
    report(options, runs);
    return 0;
}
