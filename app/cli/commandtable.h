#pragma once

#include "commandframe.h"

#include <QString>
#include <QStringList>

#include <span>

namespace entre::cli {

// Every command entre-cli knows, in the order entre-cli --help lists them.
std::span<const Command> commandTable();
// The command of this name, or nullptr.
const Command* findCommand(const QString& name);

// Runs the command line without the program's name: a command from the table, --help or
// --version. Returns the exit code.
int dispatch(const QStringList& arguments);

} // namespace entre::cli
