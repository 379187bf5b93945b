#pragma once

#include <QString>
#include <QStringList>

namespace entre::cli {

// Each subcommand takes its own arguments (the first is the subcommand's name) and returns the
// process exit code.
using CommandFunction = int (*)(const QStringList& arguments);

struct Command {
    const char* name;
    const char* summary; // translated with context "entre::cli"
    CommandFunction run;
};

int runNew(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runList(const QStringList& arguments);
int runSearch(const QStringList& arguments);
int runCheckIn(const QStringList& arguments);
int runUndo(const QStringList& arguments);
int runStats(const QStringList& arguments);

} // namespace entre::cli
