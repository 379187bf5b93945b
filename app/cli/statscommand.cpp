#include "cliutil.h"
#include "commands.h"
#include "reports/attendancestats.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace entre::cli {

int runStats(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "entre::cli", "Arrived and registered, in total and per organisation."));
    parser.addPositionalArgument(QStringLiteral("stats"), {}, QStringLiteral("stats"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("entre::cli", "The event file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("entre::cli", "Print JSON."));
    parser.addOption(json);
    if (auto done = parse(parser, arguments, {QStringLiteral("FILE")}))
        return *done;

    auto store = EventStore::open(parser.positionalArguments().at(1), EventStore::Access::ReadOnly);
    if (!store)
        return report(store.error());
    auto stats = attendanceStats(store.value()->database());
    if (!stats)
        return report(stats.error());

    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const OrganisationAttendance& row : stats->byOrganisation) {
            rows.append(QJsonObject{{QStringLiteral("organisation"), row.organisation},
                                    {QStringLiteral("type"), organisationTypeKey(row.type)},
                                    {QStringLiteral("registered"), row.registered},
                                    {QStringLiteral("arrived"), row.arrived}});
        }
        printJson(QJsonObject{{QStringLiteral("registered"), stats->registered},
                              {QStringLiteral("arrived"), stats->arrived},
                              {QStringLiteral("by_organisation"), rows}});
        return Success;
    }
    printLine(QCoreApplication::translate("entre::cli", "%1 of %2 arrived")
                  .arg(stats->arrived)
                  .arg(stats->registered));
    for (const OrganisationAttendance& row : stats->byOrganisation) {
        const QString name = row.organisation.isEmpty()
                                 ? QCoreApplication::translate("entre::cli", "(no organisation)")
                                 : row.organisation;
        printLine(QStringLiteral("%1 / %2  ").arg(row.arrived, 4).arg(row.registered, -4) + name);
    }
    return Success;
}

} // namespace entre::cli
