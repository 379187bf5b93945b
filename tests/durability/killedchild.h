#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace entre::durability {

// When the parent sends SIGKILL: so many milliseconds after the child started, or after it said
// "ready" (the event open and locked, the work begun).
struct KillPlan {
    enum class From { Start, Ready };
    From from = From::Ready;
    int afterMs = 0;
};

// What a run of the durability child left behind.
struct ChildRun {
    qint64 pid = 0;
    bool killed = false; // ended by our SIGKILL, not by itself
    bool ready = false;  // it said "ready"
    int exitCode = -1;   // when it ended by itself
    int readyMs = -1;    // from start to "ready", when the plan waited for it
    QStringList lines;   // complete lines after "ready"
    QString errors;      // its standard error, or why it could not run

    bool finishedCleanly() const { return !killed && exitCode == 0; }
    // Milliseconds from the "done MS" line, or -1 when it never got there.
    int workMs() const;
    // The lines without the closing "done MS": what the work reported, one line per item.
    QStringList reported() const;
};

// Runs the child with these arguments; with a plan, kills it (SIGKILL) as planned unless it ended
// before. Returns once the process is gone and reaped.
ChildRun runChild(const QString& program, const QStringList& arguments,
                  std::optional<KillPlan> plan = {});

} // namespace entre::durability
