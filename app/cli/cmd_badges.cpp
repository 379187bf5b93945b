#include "badgeprintrun.h"
#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"
#include "clioutput.h"
#include "commands.h"

#include <QJsonArray>

namespace entre::cli {
namespace {

const QString listStocksName = QStringLiteral("list-stocks");
const QString outputName = QStringLiteral("output");
const QString printerName = QStringLiteral("printer");
const QString markPrintedName = QStringLiteral("mark-printed");

Result<void> listStocks(bool json)
{
    const QList<BadgeStock> stocks = StockCatalog::all();
    if (json) {
        QJsonArray array;
        for (const BadgeStock& stock : stocks)
            array.append(stock.toJson());
        printJson(array);
        return {};
    }
    for (const BadgeStock& stock : stocks)
        printLine(stock.id.leftJustified(24) + QLatin1Char(' ') + stock.name);
    return {};
}

// --offset X,Y in millimetres; none when not given.
Result<std::optional<QPointF>> parseOffset(const Invocation& call)
{
    if (!call.isSet(QStringLiteral("offset")))
        return std::optional<QPointF>();
    const QStringList parts = call.value(QStringLiteral("offset")).split(QLatin1Char(','));
    bool okX = false;
    bool okY = false;
    const double x = parts.value(0).toDouble(&okX);
    const double y = parts.value(1).toDouble(&okY);
    if (parts.size() != 2 || !okX || !okY)
        return badInput(tr("--offset takes two numbers in millimetres, such as 1.5,-0.5."));
    return std::optional<QPointF>(QPointF(x, y));
}

// Who gets a badge: --all, --not-printed, --codes or --organisation, and --order.
Result<BadgeSelection> parseSelection(const Invocation& call)
{
    const bool notPrinted = call.isSet(QStringLiteral("not-printed"));
    const bool codes = call.isSet(QStringLiteral("codes"));
    const bool organisation = call.isSet(QStringLiteral("organisation"));
    if (int(call.isSet(QStringLiteral("all"))) + int(notPrinted) + int(codes) + int(organisation) >
        1)
        return badInput(tr("Choose one of --all, --not-printed, --codes and --organisation."));
    const QString order = call.value(QStringLiteral("order"));
    if (order != QLatin1String("name") && order != QLatin1String("organisation"))
        return badInput(tr("--order is \"name\" or \"organisation\"."));
    BadgeSelection selection;
    selection.order = order == QLatin1String("organisation") ? BadgeSelection::Order::Organisation
                                                             : BadgeSelection::Order::LastName;
    if (notPrinted) {
        selection.who = BadgeSelection::Who::NotPrinted;
    } else if (codes) {
        selection.who = BadgeSelection::Who::Codes;
        selection.codes =
            call.value(QStringLiteral("codes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (selection.codes.isEmpty())
            return badInput(tr("--codes needs at least one code."));
    } else if (organisation) {
        selection.who = BadgeSelection::Who::Organisation;
        selection.organisation = call.value(QStringLiteral("organisation"));
    }
    return selection;
}

// Stock, template, start, offset and outlines as the command line chose them.
Result<BadgeRequest> parseRequest(const Invocation& call)
{
    BadgeRequest request;
    request.stockId = call.value(QStringLiteral("stock"));
    request.templateName = call.value(QStringLiteral("template"));
    bool startOk = false;
    request.startPosition = call.value(QStringLiteral("start")).toInt(&startOk);
    if (!startOk)
        return badInput(tr("--start takes a label number, 1 for the first."));
    auto offset = parseOffset(call);
    if (!offset)
        return offset.error();
    request.offset = offset.value();
    request.outlines = call.isSet(QStringLiteral("outlines"));
    request.recordPdf = call.isSet(markPrintedName);
    return request;
}

// Where the badges go: the PDF first, then the printer, as the user named them.
QList<PrintTarget> targets(const Invocation& call)
{
    QList<PrintTarget> chosen;
    if (call.isSet(outputName))
        chosen.append(PrintTarget::pdf(call.value(outputName)));
    if (call.isSet(printerName))
        chosen.append(PrintTarget::printer(call.value(printerName)));
    return chosen;
}

void printResult(const BadgePrintRun& run, const QList<PrintTarget>& targets, bool json)
{
    QStringList names;
    for (const PrintTarget& target : targets)
        names.append(target.name);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("badges"), run.size()},
                              {QStringLiteral("stock"), run.job().stock.id},
                              {QStringLiteral("template"), run.job().badgeTemplate.name},
                              {QStringLiteral("targets"), QJsonArray::fromStringList(names)}});
    } else {
        printLine(
            tr("%n badge(s) to %1", nullptr, run.size()).arg(names.join(QLatin1String(", "))));
    }
}

// Prepares a run for every target before any of them prints, so that a wrong name leaves
// nothing half done; then prints and records each.
Result<void> printBadgeRuns(Invocation& call, const BadgeSelection& selection,
                            const BadgeRequest& request, const QList<PrintTarget>& targets)
{
    const bool recording = call.isSet(printerName) || request.recordPdf;
    auto event = recording ? call.event() : call.readOnlyEvent();
    if (!event)
        return event.error();
    auto people = event.value()->badgeRecipients(selection);
    if (!people)
        return people.error();
    QList<BadgePrintRun> runs;
    for (const PrintTarget& target : targets) {
        auto run = BadgePrintRun::prepare(*event.value(), people.value(), request, target);
        if (!run)
            return run.error();
        runs.append(std::move(run).value());
    }
    for (const BadgePrintRun& run : std::as_const(runs)) {
        if (auto printed = run.execute(); !printed)
            return printed.error();
        if (auto recorded = run.record(*event.value()); !recorded)
            return recorded.error();
    }
    printResult(runs.constFirst(), targets, call.json());
    return {};
}

} // namespace

Syntax badgesSyntax()
{
    return {
        tr("Make name badges as a PDF or send them to a printer queue. Badges sent to a printer "
           "are recorded as printed; a PDF only with --mark-printed."),
        {},
        {{listStocksName, tr("List the badge stocks and exit.")},
         {QStringLiteral("stock"), tr("Badge stock by id or name (see --list-stocks)."), tr("NAME"),
          StockCatalog::defaultStockId()},
         {QStringLiteral("template"), tr("Badge template: built-in or the event's own."),
          tr("NAME"), TemplateCatalog::defaultTemplateName()},
         {QStringLiteral("all"), tr("Everyone (the default).")},
         {QStringLiteral("not-printed"), tr("Only those whose badge was never printed.")},
         {QStringLiteral("codes"), tr("Only these codes, separated by commas."), tr("C1,C2")},
         {QStringLiteral("organisation"), tr("Only the people of this organisation."), tr("NAME")},
         {QStringLiteral("order"),
          tr("Sort by \"name\" (last name, the default) or \"organisation\"."), tr("ORDER"),
          QStringLiteral("name")},
         {QStringLiteral("start"),
          tr("First label to use on a partly used sheet (1 = top left, counted across)."), tr("N"),
          QStringLiteral("1")},
         {QStringLiteral("offset"),
          tr("Shift everything by X,Y millimetres (calibration). With --printer the default is "
             "the offset saved when that printer was calibrated."),
          tr("X,Y")},
         {{QStringLiteral("o"), outputName},
          tr("Write the badges to this PDF file."),
          tr("OUT.pdf")},
         {printerName, tr("Send the badges to this printer queue."), tr("QUEUE")},
         {markPrintedName, tr("Record the badges in the PDF as printed.")},
         {QStringLiteral("outlines"), tr("Draw each label's outline (for proofs).")}},
        {listStocksName}};
}

Result<void> badgesCommand(Invocation& call)
{
    if (call.isSet(listStocksName))
        return listStocks(call.json());
    auto selection = parseSelection(call);
    if (!selection)
        return selection.error();
    const QList<PrintTarget> chosen = targets(call);
    if (chosen.isEmpty())
        return badInput(tr("Say where the badges go: -o OUT.pdf or --printer QUEUE."));
    auto request = parseRequest(call);
    if (!request)
        return request.error();
    return printBadgeRuns(call, selection.value(), request.value(), chosen);
}

} // namespace entre::cli
