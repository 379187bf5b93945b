// Per-keystroke search time on a large generated event, and the same queries in the sqlite3
// shell for comparison. Prints figures; it does not fail on slowness.
#include "benchfigures.h"
#include "event/attendeelistmodel.h"
#include "event/event.h"
#include "search/attendeesearch.h"
#include "searchbenchevent.h"
#include "store/eventstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace entre;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

using bench::percentile;

void printFigures(const QString& label, const QList<double>& ms)
{
    out() << label.leftJustified(34)
          << QStringLiteral("n=%1  median %2 ms  p99 %3 ms  max %4 ms")
                 .arg(ms.size())
                 .arg(percentile(ms, 0.5), 0, 'f', 2)
                 .arg(percentile(ms, 0.99), 0, 'f', 2)
                 .arg(percentile(ms, 1.0), 0, 'f', 2)
          << Qt::endl;
}

// The statement with its values written in, for the sqlite3 shell.
QString inlineValues(const SearchStatement& statement)
{
    QString sql;
    qsizetype value = 0;
    for (const QChar c : statement.sql) {
        if (c != QLatin1Char('?') || value >= statement.values.size()) {
            sql.append(c);
            continue;
        }
        const QVariant v = statement.values.at(value++);
        if (v.typeId() == QMetaType::QString) {
            QString text = v.toString();
            text.replace(QLatin1Char('\''), QLatin1String("''"));
            sql += QLatin1Char('\'') + text + QLatin1Char('\'');
        } else {
            sql += v.toString();
        }
    }
    return sql;
}

// The shell's time per statement, in ms; empty when there is no shell.
QList<double> compareWithShell(const QString& path, const QStringList& texts)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        out() << "sqlite3 shell not found; no comparison" << Qt::endl;
        return {};
    }
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (const QString& text : texts)
        script += inlineValues(searchStatement(text, ArrivalFilter::Everyone, 100, 0)) +
                  QStringLiteral(";\n");
    QProcess process;
    process.start(shell, {QStringLiteral("-readonly"), path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(120000);
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> ms;
    for (auto it = runTime.globalMatch(output); it.hasNext();)
        ms.append(it.next().captured(1).toDouble() * 1000.0);
    if (ms.isEmpty()) {
        out() << "sqlite3 shell gave no timings: " << output.left(400) << Qt::endl;
        return {};
    }
    // The shell runs the one ranked statement (what later pages use); the desk's first page of a
    // broad search is read group by group instead, which is why it can be faster than the shell.
    printFigures(QStringLiteral("sqlite3 shell, ranked statement"), ms);
    return ms;
}

void printBenchLines(const QList<double>& all, const QList<double>& short12,
                     const QList<double>& shell, int people)
{
    const QString peer = QStringLiteral("sqlite3 shell, the ranked statement");
    const auto shellAt = [&shell](double p) {
        return shell.isEmpty() ? std::nullopt : std::optional<double>(percentile(shell, p));
    };
    const QString size = QLocale(QLocale::English).toString(people);
    const QString goal = QStringLiteral("p99 under 5 ms");
    bench::printBenchLine(QStringLiteral("search_median"),
                          QStringLiteral("Search per keystroke at %1 people, median").arg(size),
                          percentile(all, 0.5), peer, shellAt(0.5), QStringLiteral("ms"),
                          QStringLiteral("reported"));
    bench::printBenchLine(QStringLiteral("search_p99"),
                          QStringLiteral("Search per keystroke at %1 people, p99").arg(size),
                          percentile(all, 0.99), peer, shellAt(0.99), QStringLiteral("ms"), goal);
    bench::printBenchLine(
        QStringLiteral("search_short_p99"),
        QStringLiteral("Search, first and second keystroke at %1 people, p99").arg(size),
        percentile(short12, 0.99), peer, shellAt(0.99), QStringLiteral("ms"), goal);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search benchmark"));
    parser.addHelpOption();
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("Event size."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Names typed."), QStringLiteral("N"),
                                           QStringLiteral("200"));
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Tiny sizes."));
    parser.addOptions({peopleOption, queriesOption, smoke});
    parser.process(app);
    const int people = parser.isSet(smoke) ? 2000 : parser.value(peopleOption).toInt();
    const int typedNames = parser.isSet(smoke) ? 10 : parser.value(queriesOption).toInt();

    // The event is generated once and kept beside the benchmark, so a second run starts at once;
    // a new schema version makes a new one.
    const QString path = QStringLiteral("bench-search-%1-v%2.entre")
                             .arg(people)
                             .arg(EventStore::currentSchemaVersion);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer made;
        made.start();
        if (auto created = bench::createSearchBenchEvent(path, people); !created) {
            out() << "cannot create the event: " << created.error().message << Qt::endl;
            return 1;
        }
        out() << "generated " << people << " people in " << made.elapsed() << " ms" << Qt::endl;
    }
    auto event = Event::open(path, Event::Access::ReadOnly);
    if (!event) {
        out() << "cannot open " << path << ": " << event.error().message << Qt::endl;
        return 1;
    }

    // As at the desk, whose window has been open a moment when the first person comes: what
    // searches read has been read into memory in the idle turns since it opened.
    QElapsedTimer warming;
    warming.start();
    event.value()->keepSearchesWarm();
    QEventLoop idle;
    QObject::connect(event.value().get(), &Event::warmed, &idle, &QEventLoop::quit);
    if (event.value()->isWarming())
        idle.exec();
    out() << "searches warmed in " << warming.elapsed() << " ms" << Qt::endl;

    AttendeeListModel model(*event.value());
    const QStringList queries = bench::typedQueries(typedNames);
    QList<double> all;
    QList<double> short12;
    QList<double> longer;
    QStringList shellTexts;
    QList<std::pair<double, QString>> slowest;
    QElapsedTimer timer;
    for (const QString& query : queries) {
        for (qsizetype typed = 1; typed <= query.size(); ++typed) {
            const QString text = query.left(typed);
            timer.start();
            model.setSearchText(text);
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            all.append(ms);
            slowest.append({ms, text});
            (typed <= 2 ? short12 : longer).append(ms);
            if (shellTexts.size() < 400 && typed % 2 == 1)
                shellTexts.append(text);
        }
        model.setSearchText({});
    }
    out() << "event: " << people << " people; " << queries.size() << " names typed key by key"
          << Qt::endl;
    printFigures(QStringLiteral("per keystroke, all"), all);
    printFigures(QStringLiteral("per keystroke, 1-2 characters"), short12);
    printFigures(QStringLiteral("per keystroke, 3+ characters"), longer);
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    for (const bool shortOnes : {true, false}) {
        out() << (shortOnes ? "slowest, 1-2 characters:" : "slowest, 3+ characters:  ");
        int shown = 0;
        for (const auto& [ms, text] : std::as_const(slowest)) {
            if ((text.size() <= 2) != shortOnes || ++shown > 6)
                continue;
            out() << QStringLiteral("  \"%1\" %2 ms").arg(text).arg(ms, 0, 'f', 1);
        }
        out() << Qt::endl;
    }
    printBenchLines(all, short12, compareWithShell(path, shellTexts), people);
    return 0;
}
