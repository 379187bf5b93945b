#pragma once

#include "event/event.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace entre::cli {

// Exit codes: 0 success, 2 bad input or usage, 3 refused by the rules, 1 anything else.
enum ExitCode { Success = 0, Failure = 1, BadUsage = 2, RefusedByRules = 3 };

// Every text the command line shows is looked up here, in the one context "entre::cli" (lupdate
// files the tr() calls in namespace entre::cli under it). n picks a plural form for %n.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

int exitCodeFor(ErrorKind kind);
// Prints the error on stderr and returns its exit code.
int report(const Error& error);

// What a command does with the event file named by its FILE argument.
enum class EventUse {
    None,    // takes no event file
    Creates, // makes a new one itself
    Reads,   // opens it read-only: takes no lock, so it works while a desk has the file open
    Writes,  // opens it for writing and locks it (or read-only for a run that will not write)
};

// Options several commands share; each command lists those it offers.
enum SharedOption : unsigned {
    NoSharedOption = 0,
    JsonOption = 1U << 0,     // --json: print JSON instead of text
    StationOption = 1U << 1,  // --station NAME: the desk recorded with what the command does
    TakeOverOption = 1U << 2, // --take-over: open an event a desk that is gone left locked
};

struct Argument {
    QString name;
    QString description;
};

// A command's own part of the command line.
struct Syntax {
    QString description;       // the text at the top of entre-cli NAME --help
    QList<Argument> arguments; // after FILE
    QList<QCommandLineOption> options;
    QStringList withoutFile; // options that do something else and need no FILE
};

class Invocation;

// One entry of the command table: what a command needs, and the function that does its work.
// The frame parses the shared options, prints help and usage errors, opens the event when the
// command asks for it and turns the Error it returns into an exit code.
struct Command {
    const char* name;
    const char* summary; // one line in entre-cli --help, QT_TRANSLATE_NOOP("entre::cli", ...)
    EventUse eventUse;
    unsigned sharedOptions; // SharedOption flags
    bool draws;             // needs fonts and printers: a QGuiApplication (offscreen will do)
    Syntax (*syntax)();
    Result<void> (*run)(Invocation& call);
};

// One run of a command: its parsed command line, and its event.
class Invocation {
public:
    Invocation(const Command& command, const QCommandLineParser& parser);
    ~Invocation();
    Invocation(const Invocation&) = delete;
    Invocation& operator=(const Invocation&) = delete;

    bool isSet(const QString& option) const;
    QString value(const QString& option) const;
    QStringList values(const QString& option) const;
    // FILE, and the arguments after it (0 is the first after FILE).
    QString file() const;
    QString argument(int index) const;
    bool json() const;

    // The event, opened on first use as the command declared: read-only for EventUse::Reads; for
    // writing, taking over a lock left behind with --take-over and with --station, for Writes.
    Result<Event*> event();
    // For a command that writes, on a run that will not (a dry run, a PDF not recorded).
    Result<Event*> readOnlyEvent();

private:
    Result<Event*> open(Event::Access access);

    const Command& m_command;
    const QCommandLineParser& m_parser;
    std::unique_ptr<Event> m_event;
};

// Runs a command: arguments[0] is its name. Prints its help for --help, a usage error for a
// command line that is wrong, and the error the command returns; returns the exit code.
int execute(const Command& command, const QStringList& arguments);

} // namespace entre::cli
