#include "cliutil.h"
#include "commands.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QDir>

namespace entre::cli {

int runNew(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("entre::cli", "Create a new event file."));
    parser.addPositionalArgument(QStringLiteral("new"), {}, QStringLiteral("new"));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("entre::cli", "The event file to create (.entre)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("entre::cli", "The event's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QCoreApplication::translate("entre::cli", "The event's date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption venue(
        QStringLiteral("venue"), QCoreApplication::translate("entre::cli", "Where it takes place."),
        QStringLiteral("TEXT"));
    parser.addOptions({name, date, venue});
    if (auto done = parse(parser, arguments, {QStringLiteral("FILE")}))
        return *done;

    if (!parser.isSet(name))
        return usageError(
            QCoreApplication::translate("entre::cli", "An event needs a name: --name NAME."));
    EventInfo info{parser.value(name), {}, parser.value(venue)};
    if (parser.isSet(date)) {
        info.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!info.date.isValid())
            return usageError(
                QCoreApplication::translate("entre::cli", "Not a date: %1 (use YYYY-MM-DD).")
                    .arg(parser.value(date)));
    }
    const QString path = parser.positionalArguments().at(1);
    auto store = EventStore::create(path, info);
    if (!store)
        return report(store.error());
    printLine(QCoreApplication::translate("entre::cli", "Created %1")
                  .arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace entre::cli
