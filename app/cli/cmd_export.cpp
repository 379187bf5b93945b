#include "clioutput.h"
#include "commands.h"
#include "reports/attendancereport.h"
#include "reports/attendeeexport.h"

namespace entre::cli {
namespace {

const QString attendanceName = QStringLiteral("attendance");
const QString noShowsName = QStringLiteral("no-shows");
const QString formatName = QStringLiteral("format");
const QString delimiterName = QStringLiteral("delimiter");
const QString outputName = QStringLiteral("output");

Result<AttendeeList> parseList(const Invocation& call)
{
    const bool attendance = call.isSet(attendanceName);
    const bool noShows = call.isSet(noShowsName);
    if (attendance == noShows)
        return badInput(tr("Choose one of --attendance and --no-shows."));
    return attendance ? AttendeeList::Attendance : AttendeeList::NoShows;
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
               "UTF-8 with semicolons, as Swedish Excel opens it; values that a spreadsheet would "
               "run as a formula start with a quote. The PDF is the attendance list for the "
               "funder. Reads the event only, so it works while a desk has it open."),
            {},
            {{attendanceName,
              tr("Everyone registered: name, organisation, type, arrived, check-in time and "
                 "station.")},
             {noShowsName, tr("Those who did not arrive: name, organisation and type.")},
             {formatName,
              tr("The file format: csv, or pdf for the attendance list (grouped by type of "
                 "organisation and organisation, with counts)."),
              tr("FORMAT"), QStringLiteral("csv")},
             {delimiterName, tr("The CSV delimiter: \";\" (the default) or \",\"."), tr("CHAR"),
              QStringLiteral(";")},
             {{QStringLiteral("o"), outputName}, tr("The file to write."), tr("OUT")}},
            {}};
}

Result<void> exportCommand(Invocation& call)
{
    auto list = parseList(call);
    if (!list)
        return list.error();
    const QString format = call.value(formatName);
    if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return badInput(tr("Unknown format \"%1\": use csv or pdf.").arg(format));
    if (format == QLatin1String("pdf") && list.value() != AttendeeList::Attendance)
        return badInput(tr("As PDF there is the attendance list (--attendance)."));
    auto delimiter = parseDelimiter(call);
    if (!delimiter)
        return delimiter.error();
    const QString output = call.value(outputName);
    if (output.isEmpty())
        return badInput(tr("Say where the list goes: -o OUT."));
    auto event = call.event();
    if (!event)
        return event.error();
    auto written =
        format == QLatin1String("pdf")
            ? exportAttendanceReportPdf(*event.value(), output)
            : exportAttendeeListCsv(*event.value(), list.value(), output, delimiter.value());
    if (!written)
        return written.error();
    printLine(tr("Wrote %1.").arg(output));
    return {};
}

} // namespace entre::cli
