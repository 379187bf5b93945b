#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace entre::bench {

// The value at share p (0..1) of the sorted values, nearest rank; 0 when there are none.
double percentile(QList<double> values, double p);

// One machine-readable line per figure, read by tests/bench/bench.py:
// BENCH <key> <measure> <value> <peer name> <peer value or n/a> <unit> <goal>, tab-separated.
void printBenchLine(const QString& key, const QString& measure, double value, const QString& peer,
                    std::optional<double> peerValue, const QString& unit, const QString& goal);

// Points the settings, data and cache folders into dir before the application object exists,
// so that a benchmark never reads or changes the user's settings, recent files or backups.
void useHomeIn(const QString& dir);

} // namespace entre::bench
