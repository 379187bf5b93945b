// entre-cli desks publish | join | sync | status: several desks sharing one event through a
// PostgreSQL server.
#include "clioutput.h"
#include "commands.h"

#include <QDir>
#include <QJsonObject>

namespace entre::cli {
namespace {

const QString serverOption = QStringLiteral("server");
const QString eventOption = QStringLiteral("event");

QCommandLineOption serverOptionFor()
{
    return {serverOption,
            tr("The desks' PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE. The password "
               "comes from PGPASSWORD or ~/.pgpass."),
            QStringLiteral("URL")};
}

Result<DeskAddress> serverOf(const Invocation& call)
{
    if (!call.isSet(serverOption))
        return badInput(tr("Say which server: --server postgresql://USER@HOST:PORT/DATABASE."));
    return DeskAddress::parse(call.value(serverOption));
}

QJsonObject statusToJson(const DeskStatus& status)
{
    return {{QStringLiteral("desk"), status.deskId},
            {QStringLiteral("shared"), !status.link.eventId.isEmpty()},
            {QStringLiteral("server"), status.link.server},
            {QStringLiteral("event"), status.link.eventId},
            {QStringLiteral("pending"), status.pending},
            {QStringLiteral("waiting"), status.waiting},
            {QStringLiteral("last_sync"), status.link.lastSyncUtc}};
}

} // namespace

Syntax desksPublishSyntax()
{
    return {tr("Share an event with other desks through a PostgreSQL server: its people, "
               "organisations, badge templates and settings, and this desk's check-ins so far. "
               "Prints the id other desks join it by."),
            {},
            {serverOptionFor()},
            {}};
}

Result<void> desksPublishCommand(Invocation& call)
{
    auto address = serverOf(call);
    if (!address)
        return address.error();
    auto event = call.event();
    if (!event)
        return event.error();
    auto id = event.value()->publishToDesks(address.value());
    if (!id)
        return id.error();
    if (call.json())
        printJson(QJsonObject{{QStringLiteral("event"), id.value()},
                              {QStringLiteral("server"), address->toString()}});
    else
        printLine(id.value());
    return {};
}

Syntax desksJoinSyntax()
{
    return {tr("Make a new event file from an event another desk shared, and take part as a desk "
               "of its own. Without --event, the server must hold exactly one event."),
            {},
            {serverOptionFor(),
             {eventOption, tr("The event's id, as the publishing desk printed it."),
              QStringLiteral("ID")}},
            {}};
}

Result<void> desksJoinCommand(Invocation& call)
{
    auto address = serverOf(call);
    if (!address)
        return address.error();
    auto event = Event::joinDesks(call.file(), address.value(), call.value(eventOption));
    if (!event)
        return event.error();
    auto status = event.value()->deskStatus();
    auto registered = event.value()->count();
    auto arrived = event.value()->count(ArrivalFilter::Arrived);
    if (!status || !registered || !arrived)
        return !status ? status.error() : (!registered ? registered.error() : arrived.error());
    if (call.json()) {
        QJsonObject object = statusToJson(status.value());
        object.insert(QStringLiteral("registered"), registered.value());
        object.insert(QStringLiteral("arrived"), arrived.value());
        printJson(object);
        return {};
    }
    printLine(
        tr("Joined \"%1\" as desk %2 in %3: %4 of %5 arrived.")
            .arg(event.value()->info().name, status->deskId, QDir::toNativeSeparators(call.file()))
            .arg(arrived.value())
            .arg(registered.value()));
    return {};
}

Syntax desksSyncSyntax()
{
    return {tr("Send this desk's check-ins and undos to the desks' server and fetch the other "
               "desks'. An unreachable server changes nothing here; what is not sent waits for "
               "the next round."),
            {},
            {},
            {}};
}

Result<void> desksSyncCommand(Invocation& call)
{
    auto event = call.event();
    if (!event)
        return event.error();
    auto report = event.value()->syncDesks();
    if (!report)
        return report.error();
    if (call.json()) {
        printJson(QJsonObject{{QStringLiteral("sent"), report->sent},
                              {QStringLiteral("received"), report->received},
                              {QStringLiteral("pending"), report->pending}});
        return {};
    }
    printLine(tr("Sent %1, received %2; %3 waiting to be sent.")
                  .arg(report->sent)
                  .arg(report->received)
                  .arg(report->pending));
    return {};
}

Syntax desksStatusSyntax()
{
    return {tr("Show whether the event is shared with other desks, on which server, this desk's "
               "id, how many of its entries wait to be sent and when it last exchanged them."),
            {},
            {},
            {}};
}

Result<void> desksStatusCommand(Invocation& call)
{
    auto event = call.event();
    if (!event)
        return event.error();
    auto status = event.value()->deskStatus();
    if (!status)
        return status.error();
    if (call.json()) {
        printJson(statusToJson(status.value()));
        return {};
    }
    if (status->link.eventId.isEmpty()) {
        printLine(tr("Not shared with other desks (this desk: %1).").arg(status->deskId));
        return {};
    }
    printLine(tr("Shared on %1 as event %2; this desk is %3.")
                  .arg(status->link.server, status->link.eventId, status->deskId));
    printLine(
        tr("Waiting to be sent: %1. Last exchange: %2.")
            .arg(status->pending)
            .arg(status->link.lastSyncUtc.isEmpty() ? tr("never") : status->link.lastSyncUtc));
    if (status->waiting > 0)
        printLine(tr("Entries from other desks for people not in this file yet: %1.")
                      .arg(status->waiting));
    return {};
}

} // namespace entre::cli
