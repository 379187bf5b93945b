#include "cliutil.h"
#include "commands.h"
#include "import/registrationimporter.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

namespace entre::cli {
namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("entre::cli", text);
}

std::optional<QChar> parseDelimiter(const QString& text)
{
    if (text == QLatin1String("\\t") ||
        text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return QLatin1Char('\t');
    if (text.size() == 1)
        return text.at(0);
    return std::nullopt;
}

QJsonObject reportToJson(const ImportReport& report)
{
    QJsonArray rejected;
    for (const RejectedRow& row : report.rejected)
        rejected.append(
            QJsonObject{{QStringLiteral("row"), row.row}, {QStringLiteral("reason"), row.reason}});
    QJsonArray shared;
    for (const SharedEmailRow& row : report.sharedEmails)
        shared.append(QJsonObject{{QStringLiteral("row"), row.row},
                                  {QStringLiteral("email"), row.email},
                                  {QStringLiteral("shared_with"), row.sharedWith}});
    QJsonArray repaired;
    for (const RejectedRow& row : report.repaired)
        repaired.append(
            QJsonObject{{QStringLiteral("row"), row.row}, {QStringLiteral("reason"), row.reason}});
    QJsonObject mapping;
    for (auto it = report.mapping.cbegin(); it != report.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    return {
        {QStringLiteral("added"), report.added},
        {QStringLiteral("updated"), report.updated},
        {QStringLiteral("unchanged"), report.unchanged},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("shared_email"), shared},
        {QStringLiteral("repaired"), repaired},
        {QStringLiteral("missing_from_list"), QJsonArray::fromStringList(report.missingFromList)},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("delimiter"), report.delimiter},
        {QStringLiteral("mapping"), mapping}};
}

void printReport(const ImportReport& report, bool dryRun)
{
    printLine(
        (dryRun ? translate(
                      "Dry run, nothing saved: %1 to add, %2 to update, %3 unchanged, %4 rejected.")
                : translate("Imported: %1 added, %2 updated, %3 unchanged, %4 rejected."))
            .arg(report.added)
            .arg(report.updated)
            .arg(report.unchanged)
            .arg(report.rejected.size()));
    // A workbook has neither an encoding nor a delimiter.
    if (!report.encoding.isEmpty()) {
        printLine(translate("Read as %1, delimiter %2.")
                      .arg(report.encoding, report.delimiter == QLatin1String("\t")
                                                ? translate("tab")
                                                : report.delimiter));
    }
    for (const RejectedRow& row : report.rejected)
        printLine(translate("  row %1: %2").arg(row.row).arg(row.reason));
    if (!report.sharedEmails.isEmpty())
        printLine(translate("Imported, with an e-mail address someone else also has:"));
    for (const SharedEmailRow& row : report.sharedEmails) {
        printLine(translate("  row %1: shared e-mail %2 with %3")
                      .arg(row.row)
                      .arg(row.email, row.sharedWith));
    }
    if (!report.repaired.isEmpty())
        printLine(translate("Imported, with characters that could not be read (shown as �):"));
    for (const RejectedRow& row : report.repaired)
        printLine(translate("  row %1: %2").arg(row.row).arg(row.reason));
    if (!report.missingFromList.isEmpty()) {
        printLine(translate("In the event but not in this list (kept): %1")
                      .arg(report.missingFromList.join(QLatin1String(", "))));
    }
}

// A dry run needs no writable event: it imports into a scratch copy, so an event that is
// read-only, or open at a desk, will do, and a hostile list can be tried from the command line.
Result<ImportReport> dryRunImport(const QString& eventPath, const QString& listPath,
                                  const ImportOptions& options)
{
    auto event = EventStore::open(eventPath, EventStore::Access::ReadOnly);
    if (!event)
        return event.error();
    auto table = RegistrationTable::read(listPath, options);
    if (!table)
        return table.error();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failed(translate("Cannot create a temporary folder for the dry run: %1")
                          .arg(scratch.errorString()));
    const QString copyPath = scratch.filePath(QStringLiteral("dry-run.entre"));
    if (auto copied = event.value()->saveCopy(copyPath); !copied)
        return copied.error();
    auto copy = EventStore::open(copyPath);
    if (!copy)
        return copy.error();
    return RegistrationImporter(*copy.value()).run(table.value(), true);
}

} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translate(
        "Import a registration list (CSV in any common encoding and delimiter, or XLSX) into an "
        "event, or merge an updated list: people are matched by code or another identifier, "
        "by e-mail address and name, or by name and organisation, and no check-in is ever "
        "lost."));
    parser.addPositionalArgument(QStringLiteral("import"), {}, QStringLiteral("import"));
    parser.addPositionalArgument(QStringLiteral("FILE"), translate("The event file."));
    parser.addPositionalArgument(QStringLiteral("DATA"), translate("The registration list."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 translate("Take FIELD from COLUMN (a header); repeatable. Fields: "
                                           "first_name last_name full_name email organisation "
                                           "title diet code phone notes barcode ticket_number "
                                           "attendee_number order_number booking_number; code is "
                                           "the one scanned. An empty COLUMN leaves the field "
                                           "out."),
                                 QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        translate("UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detect)."),
        QStringLiteral("NAME"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        translate("The column delimiter: ; , tab or | (default: detect)."), QStringLiteral("C"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    translate("Show what would happen; save nothing."));
    const QCommandLineOption json(QStringLiteral("json"), translate("Print JSON."));
    parser.addOptions({map, encoding, delimiter, dryRun, json, takeOverOption()});
    if (auto done = parse(parser, arguments, {QStringLiteral("FILE"), QStringLiteral("DATA")}))
        return *done;

    ImportOptions options;
    options.encoding = parser.value(encoding);
    options.dryRun = parser.isSet(dryRun);
    if (parser.isSet(delimiter)) {
        const auto c = parseDelimiter(parser.value(delimiter));
        if (!c)
            return usageError(translate("--delimiter takes one character or \"tab\"."));
        options.delimiter = *c;
    }
    for (const QString& pair : parser.values(map)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(translate("--map takes FIELD=COLUMN, not \"%1\".").arg(pair));
        options.mapping.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }

    Result<ImportReport> result = ImportReport{};
    if (options.dryRun) {
        result = dryRunImport(parser.positionalArguments().at(1),
                              parser.positionalArguments().at(2), options);
    } else {
        auto store = openForWriting(parser, parser.positionalArguments().at(1));
        if (!store)
            return report(store.error());
        result =
            RegistrationImporter(*store.value()).run(parser.positionalArguments().at(2), options);
    }
    if (!result)
        return report(result.error());
    if (parser.isSet(json))
        printJson(reportToJson(result.value()));
    else
        printReport(result.value(), options.dryRun);
    return Success;
}

} // namespace entre::cli
