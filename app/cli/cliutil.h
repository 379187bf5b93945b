#pragma once

#include "model/attendee.h"
#include "store/eventstore.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>
#include <optional>

namespace entre::cli {

// Exit codes: 0 success, 2 bad input or usage, 3 refused by the rules, 1 anything else.
enum ExitCode { Success = 0, Failure = 1, BadUsage = 2, RefusedByRules = 3 };

int exitCodeFor(ErrorKind kind);
// Prints the error on stderr and returns its exit code.
int report(const Error& error);
int usageError(const QString& message);
void printLine(const QString& text);
void printJson(const QJsonValue& value);

QJsonObject attendeeToJson(const Attendee& attendee);

// --take-over: open an event whose lock was left by a desk that is gone. Every command that
// writes to an event offers it.
QCommandLineOption takeOverOption();
// Opens an event for writing, taking over a left-behind lock when --take-over is set.
Result<std::unique_ptr<EventStore>> openForWriting(const QCommandLineParser& parser,
                                                   const QString& path);

// Parses a subcommand's arguments (arguments[0] is the subcommand). Prints help and returns
// Success for --help, prints a usage error for anything wrong; std::nullopt means go on.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                         const QStringList& positionalNames);

} // namespace entre::cli
