#include "killedchild.h"

#include <QElapsedTimer>
#include <QProcess>

#include <csignal>

namespace entre::durability {
namespace {

constexpr int readyTimeoutMs = 30000;

bool saidReady(const QByteArray& output)
{
    return output.startsWith("ready\n");
}

} // namespace

int ChildRun::workMs() const
{
    if (lines.isEmpty() || !lines.last().startsWith(QLatin1String("done ")))
        return -1;
    return lines.last().mid(5).toInt();
}

QStringList ChildRun::reported() const
{
    return workMs() < 0 ? lines : lines.first(lines.size() - 1);
}

ChildRun runChild(const QString& program, const QStringList& arguments,
                  std::optional<KillPlan> plan)
{
    ChildRun run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(readyTimeoutMs)) {
        run.errors = process.errorString();
        return run;
    }
    run.pid = process.processId();
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    if (plan) {
        if (plan->from == KillPlan::From::Ready) {
            while (!saidReady(output) && process.state() == QProcess::Running &&
                   clock.elapsed() < readyTimeoutMs) {
                process.waitForReadyRead(readyTimeoutMs - int(clock.elapsed()));
                output += process.readAllStandardOutput();
            }
            run.readyMs = int(clock.restart());
        }
        const int left = plan->afterMs - int(clock.elapsed());
        if (left > 0 && process.state() == QProcess::Running)
            process.waitForFinished(left);
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(run.pid), SIGKILL);
            run.killed = true;
        }
    }
    process.waitForFinished(-1);
    output += process.readAllStandardOutput();
    run.errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit) {
        run.killed = false; // it ended by itself, maybe in the same instant
        run.exitCode = process.exitCode();
    }
    run.ready = saidReady(output);
    // A line counts only with its newline: the child writes each in one flushed write.
    QList<QByteArray> pieces = output.split('\n');
    pieces.removeLast();
    for (qsizetype i = run.ready ? 1 : 0; i < pieces.size(); ++i)
        run.lines.append(QString::fromUtf8(pieces.at(i)));
    return run;
}

} // namespace entre::durability
