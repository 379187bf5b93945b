#include "badgescommand.h"

#include "badges/badgejob.h"
#include "badges/badgeselection.h"
#include "badges/printercalibration.h"
#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"
#include "cliutil.h"
#include "printersetup.h"
#include "store/badgeprintlog.h"
#include "store/badgetemplatestore.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPrinter>
#include <QPrinterInfo>

namespace entre::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("entre::cli", text);
}

int listStocks(bool json)
{
    const QList<BadgeStock> stocks = StockCatalog::all();
    if (json) {
        QJsonArray array;
        for (const BadgeStock& stock : stocks)
            array.append(stock.toJson());
        printJson(array);
        return Success;
    }
    for (const BadgeStock& stock : stocks)
        printLine(stock.id.leftJustified(24) + QLatin1Char(' ') + stock.name);
    return Success;
}

// Reads --start and --offset; Error when they are not numbers.
Result<QPointF> parseOffset(const QString& text)
{
    if (text.isEmpty())
        return QPointF();
    const QStringList parts = text.split(QLatin1Char(','));
    bool okX = false;
    bool okY = false;
    const double x = parts.value(0).toDouble(&okX);
    const double y = parts.value(1).toDouble(&okY);
    if (parts.size() != 2 || !okX || !okY)
        return badInput(tr("--offset takes two numbers in millimetres, such as 1.5,-0.5."));
    return QPointF(x, y);
}

} // namespace

int runBadges(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make name badges as a PDF or send them to a printer queue. Badges sent to a printer "
           "are recorded as printed; a PDF only with --mark-printed."));
    parser.addPositionalArgument(QStringLiteral("badges"), {}, QStringLiteral("badges"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The event file."));
    const QCommandLineOption listOption(QStringLiteral("list-stocks"),
                                        tr("List the badge stocks and exit."));
    const QCommandLineOption stockOption(QStringLiteral("stock"),
                                         tr("Badge stock by id or name (see --list-stocks)."),
                                         tr("NAME"), StockCatalog::defaultStockId());
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            tr("Badge template: built-in or the event's own."),
                                            tr("NAME"), TemplateCatalog::defaultTemplateName());
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Everyone (the default)."));
    const QCommandLineOption notPrintedOption(QStringLiteral("not-printed"),
                                              tr("Only those whose badge was never printed."));
    const QCommandLineOption codesOption(QStringLiteral("codes"),
                                         tr("Only these codes, separated by commas."), tr("C1,C2"));
    const QCommandLineOption organisationOption(
        QStringLiteral("organisation"), tr("Only the people of this organisation."), tr("NAME"));
    const QCommandLineOption orderOption(
        QStringLiteral("order"),
        tr("Sort by \"name\" (last name, the default) or \"organisation\"."), tr("ORDER"),
        QStringLiteral("name"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         tr("First label to use on a partly used sheet (1 = top "
                                            "left, counted across)."),
                                         tr("N"), QStringLiteral("1"));
    const QCommandLineOption offsetOption(QStringLiteral("offset"),
                                          tr("Shift everything by X,Y millimetres (calibration). "
                                             "With --printer the default is the offset saved "
                                             "when that printer was calibrated."),
                                          tr("X,Y"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write the badges to this PDF file."), tr("OUT.pdf"));
    const QCommandLineOption printerOption(
        QStringLiteral("printer"), tr("Send the badges to this printer queue."), tr("QUEUE"));
    const QCommandLineOption markOption(QStringLiteral("mark-printed"),
                                        tr("Record the badges in the PDF as printed."));
    const QCommandLineOption outlinesOption(QStringLiteral("outlines"),
                                            tr("Draw each label's outline (for proofs)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({listOption, stockOption, templateOption, allOption, notPrintedOption,
                       codesOption, organisationOption, orderOption, startOption, offsetOption,
                       outputOption, printerOption, markOption, outlinesOption, jsonOption,
                       takeOverOption()});
    const bool listing = arguments.contains(QStringLiteral("--list-stocks"));
    if (auto done =
            parse(parser, arguments, listing ? QStringList() : QStringList{QStringLiteral("FILE")}))
        return *done;
    if (parser.isSet(listOption))
        return listStocks(parser.isSet(jsonOption));

    const int choices = int(parser.isSet(allOption)) + int(parser.isSet(notPrintedOption)) +
                        int(parser.isSet(codesOption)) + int(parser.isSet(organisationOption));
    if (choices > 1)
        return usageError(tr("Choose one of --all, --not-printed, --codes and --organisation."));
    if (!parser.isSet(outputOption) && !parser.isSet(printerOption))
        return usageError(tr("Say where the badges go: -o OUT.pdf or --printer QUEUE."));
    const QString order = parser.value(orderOption);
    if (order != QLatin1String("name") && order != QLatin1String("organisation"))
        return usageError(tr("--order is \"name\" or \"organisation\"."));
    bool startOk = false;
    const int start = parser.value(startOption).toInt(&startOk);
    if (!startOk)
        return usageError(tr("--start takes a label number, 1 for the first."));
    auto offset = parseOffset(parser.value(offsetOption));
    if (!offset)
        return report(offset.error());

    BadgeSelection selection;
    selection.order = order == QLatin1String("organisation") ? BadgeSelection::Order::Organisation
                                                             : BadgeSelection::Order::LastName;
    if (parser.isSet(notPrintedOption)) {
        selection.who = BadgeSelection::Who::NotPrinted;
    } else if (parser.isSet(codesOption)) {
        selection.who = BadgeSelection::Who::Codes;
        selection.codes = parser.value(codesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (selection.codes.isEmpty())
            return usageError(tr("--codes needs at least one code."));
    } else if (parser.isSet(organisationOption)) {
        selection.who = BadgeSelection::Who::Organisation;
        selection.organisation = parser.value(organisationOption);
    }

    auto stock = StockCatalog::find(parser.value(stockOption));
    if (!stock)
        return report(stock.error());
    const bool recording = parser.isSet(printerOption) || parser.isSet(markOption);
    const QString eventPath = parser.positionalArguments().at(1);
    auto store = recording ? openForWriting(parser, eventPath)
                           : EventStore::open(eventPath, EventStore::Access::ReadOnly);
    if (!store)
        return report(store.error());
    const QSqlDatabase db = store.value()->database();
    auto eventTemplates = BadgeTemplateStore(db).list();
    if (!eventTemplates)
        return report(eventTemplates.error());
    auto badgeTemplate =
        TemplateCatalog::find(parser.value(templateOption), eventTemplates.value());
    if (!badgeTemplate)
        return report(badgeTemplate.error());
    auto people = selection.resolve(db);
    if (!people)
        return report(people.error());
    if (people->isEmpty())
        return report(badInput(tr("Nobody matches: there are no badges to make.")));

    const QString eventName = store.value()->eventInfo().name;
    QList<BadgeContent> badges;
    QList<qint64> ids;
    for (const Attendee& person : std::as_const(people.value())) {
        badges.append(BadgeContent::fromAttendee(person, eventName));
        ids.append(person.id);
    }
    const BadgeJob job{stock.value(), badgeTemplate.value(), start, offset.value(),
                       parser.isSet(outlinesOption)};

    QStringList targets;
    if (parser.isSet(outputOption)) {
        const QString path = parser.value(outputOption);
        if (auto written = writeBadgePdf(path, job, badges); !written)
            return report(written.error());
        targets.append(path);
    }
    if (parser.isSet(printerOption)) {
        const QString queue = parser.value(printerOption);
        if (QPrinterInfo::printerInfo(queue).isNull())
            return report(badInput(tr("There is no printer queue \"%1\".").arg(queue)));
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(queue);
        // CUPS turns job titles into file names: plain ASCII keeps them intact.
        printer.setDocName(QStringLiteral("Entre badges"));
        BadgeJob printerJob = job;
        if (!parser.isSet(offsetOption))
            printerJob.offset = PrinterCalibration::offsetFor(queue);
        if (auto printed = printBadges(printer, printerJob, badges); !printed)
            return report(printed.error());
        targets.append(queue);
    }
    if (recording) {
        if (auto recorded = BadgePrintLog(db).record(ids, CheckInService::defaultStation(),
                                                     targets.join(QLatin1String(", ")));
            !recorded)
            return report(recorded.error());
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{{QStringLiteral("badges"), int(badges.size())},
                              {QStringLiteral("stock"), job.stock.id},
                              {QStringLiteral("template"), job.badgeTemplate.name},
                              {QStringLiteral("targets"), QJsonArray::fromStringList(targets)}});
    } else {
        printLine(QCoreApplication::translate("entre::cli", "%n badge(s) to %1", nullptr,
                                              int(badges.size()))
                      .arg(targets.join(QLatin1String(", "))));
    }
    return Success;
}

} // namespace entre::cli
