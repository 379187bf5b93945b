#include "clioutput.h"
#include "commands.h"
#include "reports/attendancereport.h"
#include "reports/attendeeexport.h"
#include "reports/auditexport.h"
#include "reports/noshowreport.h"
#include "reports/signinsheet.h"

#include <functional>

namespace entre::cli {
namespace {

const QString attendanceName = QStringLiteral("attendance");
const QString noShowsName = QStringLiteral("no-shows");
const QString signInSheetName = QStringLiteral("sign-in-sheet");
const QString auditName = QStringLiteral("audit");
const QString formatName = QStringLiteral("format");
const QString delimiterName = QStringLiteral("delimiter");
const QString outputName = QStringLiteral("output");

const QString csv = QStringLiteral("csv");
const QString pdf = QStringLiteral("pdf");
const QString xlsx = QStringLiteral("xlsx");

// What the user asked for, once the command line is read.
struct Request {
    Event& event;
    QString output;
    QChar delimiter;
};

using Writer = std::function<Result<void>(const Request&)>;

// Every list in every format it is written in. The first format of a list is what it is
// written as when --format is not given; a new list is a new option and its rows here.
struct Export {
    QString list;
    QString format;
    Writer write;
};

const QList<Export>& exports()
{
    static const QList<Export> table{
        {attendanceName, csv,
         [](const Request& r) {
             return exportAttendeeListCsv(r.event, AttendeeList::Attendance, r.output, r.delimiter);
         }},
        {attendanceName, pdf,
         [](const Request& r) { return exportAttendanceReportPdf(r.event, r.output); }},
        {attendanceName, xlsx,
         [](const Request& r) {
             return exportAttendeeListXlsx(r.event, AttendeeList::Attendance, r.output);
         }},
        {noShowsName, csv,
         [](const Request& r) {
             return exportAttendeeListCsv(r.event, AttendeeList::NoShows, r.output, r.delimiter);
         }},
        {noShowsName, pdf,
         [](const Request& r) { return exportNoShowReportPdf(r.event, r.output); }},
        {noShowsName, xlsx,
         [](const Request& r) {
             return exportAttendeeListXlsx(r.event, AttendeeList::NoShows, r.output);
         }},
        {signInSheetName, pdf,
         [](const Request& r) { return exportSignInSheetPdf(r.event, r.output); }},
        {auditName, csv,
         [](const Request& r) {
             AuditFilter everything;
             everything.newestFirst = false;
             return exportAuditLogCsv(r.event, everything, r.output, r.delimiter);
         }},
        {auditName, xlsx,
         [](const Request& r) {
             AuditFilter everything;
             everything.newestFirst = false;
             return exportAuditLogXlsx(r.event, everything, r.output);
         }},
    };
    return table;
}

QStringList formatsOf(const QString& list)
{
    QStringList formats;
    for (const Export& entry : exports()) {
        if (entry.list == list)
            formats.append(entry.format);
    }
    return formats;
}

Result<QString> parseList(const Invocation& call)
{
    QStringList chosen;
    for (const QString& list : {attendanceName, noShowsName, signInSheetName, auditName}) {
        if (call.isSet(list))
            chosen.append(list);
    }
    if (chosen.size() != 1)
        return badInput(tr("Choose one of --attendance, --no-shows, --sign-in-sheet and --audit."));
    return chosen.first();
}

Result<const Export*> parseExport(const Invocation& call)
{
    auto list = parseList(call);
    if (!list)
        return list.error();
    const QStringList formats = formatsOf(list.value());
    const QString format = call.isSet(formatName) ? call.value(formatName) : formats.first();
    if (format != csv && format != pdf && format != xlsx)
        return badInput(tr("Unknown format \"%1\": use csv, pdf or xlsx.").arg(format));
    for (const Export& entry : exports()) {
        if (entry.list == list.value() && entry.format == format)
            return &entry;
    }
    return badInput(tr("--%1 is written as %2 only, not as %3.")
                        .arg(list.value(), formats.join(QStringLiteral(", ")), format));
}

Result<QChar> parseDelimiter(const Invocation& call)
{
    const QString delimiter = call.value(delimiterName);
    if (delimiter != QLatin1String(";") && delimiter != QLatin1String(","))
        return badInput(tr("--delimiter is \";\" or \",\"."));
    return delimiter.front();
}

} // namespace

Syntax exportSyntax()
{
    return {tr("Write a list of the event's people to a file that only you can read. CSV is "
               "UTF-8 with semicolons, as Swedish Excel opens it; in CSV and xlsx, values that a "
               "spreadsheet would run as a formula start with a quote. The PDFs are for A4: the "
               "attendance list for the funder, the no-show list, and the sign-in sheet to print "
               "before the day. The history (--audit) is the event's audit log. Reads the event "
               "only, so it works while a desk has it open."),
            {},
            {{attendanceName,
              tr("Everyone registered: name, organisation, type, arrived, check-in time and "
                 "station; as PDF grouped by type of organisation and organisation, with counts "
                 "and the arrivals over time.")},
             {noShowsName, tr("Those who did not arrive: name, organisation and type; as PDF "
                              "grouped like the attendance list, with counts.")},
             {signInSheetName,
              tr("A sheet per organisation with a signature column, to print before the day "
                 "(PDF only).")},
             {auditName, tr("The history, oldest first: every check-in, undo, walk-in, edit, "
                            "import, badge print, erasure, lock take-over and restore, with its "
                            "time, station and what changed (CSV or xlsx).")},
             {formatName,
              tr("The file format: csv (the default), pdf or xlsx; the sign-in sheet is pdf."),
              tr("FORMAT")},
             {delimiterName, tr("The CSV delimiter: \";\" (the default) or \",\"."), tr("CHAR"),
              QStringLiteral(";")},
             {{QStringLiteral("o"), outputName}, tr("The file to write."), tr("OUT")}},
            {}};
}

Result<void> exportCommand(Invocation& call)
{
    auto chosen = parseExport(call);
    if (!chosen)
        return chosen.error();
    auto delimiter = parseDelimiter(call);
    if (!delimiter)
        return delimiter.error();
    const QString output = call.value(outputName);
    if (output.isEmpty())
        return badInput(tr("Say where the list goes: -o OUT."));
    auto event = call.event();
    if (!event)
        return event.error();
    auto written = chosen.value()->write({*event.value(), output, delimiter.value()});
    if (!written)
        return written.error();
    printLine(tr("Wrote %1.").arg(output));
    return {};
}

} // namespace entre::cli
