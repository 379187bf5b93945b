#include "clioutput.h"
#include "commands.h"

#include <QJsonArray>

namespace entre::cli {
namespace {

std::optional<QChar> parseDelimiter(const QString& text)
{
    if (text == QLatin1String("\\t") ||
        text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return QLatin1Char('\t');
    if (text.size() == 1)
        return text.at(0);
    return std::nullopt;
}

Result<ImportOptions> importOptions(const Invocation& call)
{
    ImportOptions options;
    options.encoding = call.value(QStringLiteral("encoding"));
    options.dryRun = call.isSet(QStringLiteral("dry-run"));
    if (call.isSet(QStringLiteral("delimiter"))) {
        const auto c = parseDelimiter(call.value(QStringLiteral("delimiter")));
        if (!c)
            return badInput(tr("--delimiter takes one character or \"tab\"."));
        options.delimiter = *c;
    }
    for (const QString& pair : call.values(QStringLiteral("map"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return badInput(tr("--map takes FIELD=COLUMN, not \"%1\".").arg(pair));
        options.mapping.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    options.keep = call.values(QStringLiteral("keep"));
    options.drop = call.values(QStringLiteral("drop"));
    return options;
}

QJsonArray rowsToJson(const QList<RejectedRow>& rows)
{
    QJsonArray array;
    for (const RejectedRow& row : rows)
        array.append(
            QJsonObject{{QStringLiteral("row"), row.row}, {QStringLiteral("reason"), row.reason}});
    return array;
}

QJsonArray droppedToJson(const QList<DroppedColumn>& columns)
{
    QJsonArray array;
    for (const DroppedColumn& column : columns)
        array.append(QJsonObject{{QStringLiteral("column"), column.column},
                                 {QStringLiteral("reason"), column.reason}});
    return array;
}

QJsonObject reportToJson(const ImportReport& report)
{
    QJsonArray shared;
    for (const SharedEmailRow& row : report.sharedEmails)
        shared.append(QJsonObject{{QStringLiteral("row"), row.row},
                                  {QStringLiteral("email"), row.email},
                                  {QStringLiteral("shared_with"), row.sharedWith}});
    QJsonObject mapping;
    for (auto it = report.mapping.cbegin(); it != report.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    return {
        {QStringLiteral("added"), report.added},
        {QStringLiteral("updated"), report.updated},
        {QStringLiteral("unchanged"), report.unchanged},
        {QStringLiteral("rejected"), rowsToJson(report.rejected)},
        {QStringLiteral("shared_email"), shared},
        {QStringLiteral("repaired"), rowsToJson(report.repaired)},
        {QStringLiteral("missing_from_list"), QJsonArray::fromStringList(report.missingFromList)},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("delimiter"), report.delimiter},
        {QStringLiteral("mapping"), mapping},
        {QStringLiteral("dropped_columns"), droppedToJson(report.droppedColumns)}};
}

void printDropped(const QList<DroppedColumn>& columns)
{
    if (columns.isEmpty())
        return;
    printLine(tr("Columns not stored:"));
    for (const DroppedColumn& column : columns)
        printLine(tr("  %1: %2").arg(column.column, column.reason));
    printLine(tr("To store a column all the same, name it with --keep COLUMN."));
}

void printReport(const ImportReport& report, bool dryRun)
{
    printLine((dryRun ? tr("Dry run, nothing saved: %1 to add, %2 to update, %3 unchanged, %4 "
                           "rejected.")
                      : tr("Imported: %1 added, %2 updated, %3 unchanged, %4 rejected."))
                  .arg(report.added)
                  .arg(report.updated)
                  .arg(report.unchanged)
                  .arg(report.rejected.size()));
    // A workbook has neither an encoding nor a delimiter.
    if (!report.encoding.isEmpty()) {
        printLine(tr("Read as %1, delimiter %2.")
                      .arg(report.encoding,
                           report.delimiter == QLatin1String("\t") ? tr("tab") : report.delimiter));
    }
    for (const RejectedRow& row : report.rejected)
        printLine(tr("  row %1: %2").arg(row.row).arg(row.reason));
    if (!report.sharedEmails.isEmpty())
        printLine(tr("Imported, with an e-mail address someone else also has:"));
    for (const SharedEmailRow& row : report.sharedEmails) {
        printLine(
            tr("  row %1: shared e-mail %2 with %3").arg(row.row).arg(row.email, row.sharedWith));
    }
    if (!report.repaired.isEmpty())
        printLine(tr("Imported, with characters that could not be read (shown as �):"));
    for (const RejectedRow& row : report.repaired)
        printLine(tr("  row %1: %2").arg(row.row).arg(row.reason));
    if (!report.missingFromList.isEmpty()) {
        printLine(tr("In the event but not in this list (kept): %1")
                      .arg(report.missingFromList.join(QLatin1String(", "))));
    }
    printDropped(report.droppedColumns);
}

// A dry run needs no writable event: it imports into a scratch copy, so an event that is
// read-only, or open at a desk, will do, and a hostile list can be tried from the command line.
Result<ImportReport> previewList(Invocation& call, const ImportOptions& options)
{
    auto event = call.readOnlyEvent();
    if (!event)
        return event.error();
    auto table = RegistrationTable::read(call.argument(0), options);
    if (!table)
        return table.error();
    return event.value()->previewImport(table.value());
}

Result<ImportReport> importList(Invocation& call, const ImportOptions& options)
{
    auto event = call.event();
    if (!event)
        return event.error();
    return event.value()->import(call.argument(0), options);
}

} // namespace

Syntax importSyntax()
{
    return {
        tr("Import a registration list (CSV in any common encoding and delimiter, or XLSX) into "
           "an event, or merge an updated list: people are matched by code or another "
           "identifier, by e-mail address and name, or by name and organisation, and no "
           "check-in is ever lost."),
        {{QStringLiteral("DATA"), tr("The registration list.")}},
        {{QStringLiteral("map"),
          tr("Take FIELD from COLUMN (a header); repeatable. Fields: first_name last_name "
             "full_name email organisation title diet code phone notes barcode ticket_number "
             "attendee_number order_number booking_number; code is the one scanned. An empty "
             "COLUMN leaves the field out."),
          QStringLiteral("FIELD=COLUMN")},
         {QStringLiteral("encoding"),
          tr("UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detect)."),
          QStringLiteral("NAME")},
         {QStringLiteral("delimiter"), tr("The column delimiter: ; , tab or | (default: detect)."),
          QStringLiteral("C")},
         {QStringLiteral("keep"),
          tr("Store COLUMN, a column without a field, as extra information although it looks "
             "like personal identity numbers (personnummer); repeatable."),
          QStringLiteral("COLUMN")},
         {QStringLiteral("drop"),
          tr("Do not store COLUMN, a column without a field; repeatable. Columns without a field "
             "are stored as extra information, except personal identity numbers."),
          QStringLiteral("COLUMN")},
         {QStringLiteral("dry-run"), tr("Show what would happen; save nothing.")}},
        {}};
}

Result<void> importCommand(Invocation& call)
{
    auto options = importOptions(call);
    if (!options)
        return options.error();
    auto report =
        options->dryRun ? previewList(call, options.value()) : importList(call, options.value());
    if (!report)
        return report.error();
    if (call.json())
        printJson(reportToJson(report.value()));
    else
        printReport(report.value(), options->dryRun);
    return {};
}

} // namespace entre::cli
