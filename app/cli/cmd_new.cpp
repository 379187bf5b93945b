#include "clioutput.h"
#include "commands.h"

#include <QDir>

namespace entre::cli {

Syntax newSyntax()
{
    return {tr("Create a new event file."),
            {},
            {{QStringLiteral("name"), tr("The event's name."), QStringLiteral("NAME")},
             {QStringLiteral("date"), tr("The event's date."), QStringLiteral("YYYY-MM-DD")},
             {QStringLiteral("venue"), tr("Where it takes place."), QStringLiteral("TEXT")}},
            {}};
}

Result<void> newCommand(Invocation& call)
{
    if (!call.isSet(QStringLiteral("name")))
        return badInput(tr("An event needs a name: --name NAME."));
    EventInfo info{call.value(QStringLiteral("name")), {}, call.value(QStringLiteral("venue"))};
    if (call.isSet(QStringLiteral("date"))) {
        const QString date = call.value(QStringLiteral("date"));
        info.date = QDate::fromString(date, Qt::ISODate);
        if (!info.date.isValid())
            return badInput(tr("Not a date: %1 (use YYYY-MM-DD).").arg(date));
    }
    auto event = Event::create(call.file(), info);
    if (!event)
        return event.error();
    printLine(tr("Created %1").arg(QDir::toNativeSeparators(call.file())));
    return {};
}

} // namespace entre::cli
