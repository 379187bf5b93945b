// The Event's part in sharing an event between desks.
#include "event.h"
#include "store/attendeerepository.h"
#include "store/desklog.h"
#include "store/deskmerges.h"
#include "store/deskwalkin.h"
#include "store/transaction.h"
#include "util/isotime.h"
#include "util/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace entre {
namespace {

// The file as the first desk published it, written where the new desk keeps its event.
Result<void> writeEventFile(const QString& path, const QByteArray& bytes)
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (auto created = privatefile::createEmpty(partial); !created)
        return created;
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(partial);
        return failed(Event::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    file.close();
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failed(Event::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Result<QString> chooseEvent(const DeskServer& server, const QString& eventId)
{
    if (!eventId.isEmpty())
        return eventId;
    auto events = server.events();
    if (!events)
        return events.error();
    if (events->size() == 1)
        return events->constFirst().id;
    if (events->isEmpty())
        return badInput(Event::tr("No event is shared on %1 yet. Publish one from the first desk.")
                            .arg(server.address().place()));
    QStringList choices;
    for (const PublishedEvent& event : events.value())
        choices.append(QStringLiteral("%1 (%2)").arg(event.id, event.name));
    return badInput(Event::tr("Several events are shared on %1; say which one to join: %2")
                        .arg(server.address().place(), choices.join(QStringLiteral(", "))));
}

} // namespace

Result<QString> Event::publishToDesks(const DeskAddress& address)
{
    if (isReadOnly())
        return refused(tr("The event is open read-only; it cannot be shared with other desks."));
    DeskLog log(m_store->database());
    auto link = log.link();
    if (!link)
        return link.error();
    if (!link->eventId.isEmpty())
        return refused(tr("This event is shared already, on %1 as event %2.")
                           .arg(link->server, link->eventId));
    auto me = log.deskId();
    if (!me)
        return me.error();
    auto server = DeskServer::connect(address);
    if (!server)
        return server.error();
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("published.entre"));
    if (auto saved = saveCopy(copy); !saved)
        return saved.error();
    QFile file(copy);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(copy), file.errorString()));
    const PublishedEvent published{
        QUuid::createUuid().toString(QUuid::WithoutBraces), m_info.name, me.value(), {}};
    if (auto done = server.value()->publish(published, file.readAll()); !done)
        return done.error();
    if (auto linked = log.setLink({address.toString(), published.id, 0, {}}); !linked)
        return linked.error();
    // This desk's check-ins so far; what does not go now goes with the next round.
    (void)syncDeskRound(log, *server.value(), published.id);
    return published.id;
}

Result<std::unique_ptr<Event>> Event::joinDesks(const QString& path, const DeskAddress& address,
                                                const QString& eventId)
{
    if (QFileInfo::exists(path))
        return badInput(tr("%1 exists already; joining makes a new event file.")
                            .arg(QDir::toNativeSeparators(path)));
    auto server = DeskServer::connect(address);
    if (!server)
        return server.error();
    auto chosen = chooseEvent(*server.value(), eventId);
    if (!chosen)
        return chosen.error();
    auto bytes = server.value()->eventFile(chosen.value());
    if (!bytes)
        return bytes.error();
    if (auto written = writeEventFile(path, bytes.value()); !written)
        return written.error();
    auto event = open(path);
    if (!event) {
        QFile::remove(path);
        return event.error();
    }
    DeskLog log(event.value()->m_store->database());
    auto joined = log.becomeNewDesk({address.toString(), chosen.value(), 0, {}});
    auto synced = joined ? syncDeskRound(log, *server.value(), chosen.value())
                         : Result<DeskSyncReport>(joined.error());
    if (!synced) {
        event.value().reset();
        QFile::remove(path);
        return synced.error();
    }
    return event;
}

Result<std::unique_ptr<DeskServer>> Event::connectDeskServer(const QString& password,
                                                             int timeoutSeconds) const
{
    auto link = DeskLog(m_store->database()).link();
    if (!link)
        return link.error();
    if (link->eventId.isEmpty())
        return refused(tr("This event is not shared with other desks. Publish it, or join a "
                          "shared one, first."));
    auto address = DeskAddress::parse(link->server);
    if (!address)
        return address.error();
    address->password = password;
    return DeskServer::connect(address.value(), timeoutSeconds);
}

Result<DeskSyncReport> Event::syncDesks(const QString& password)
{
    if (isReadOnly())
        return refused(tr("The event is open read-only; it cannot exchange check-ins."));
    auto server = connectDeskServer(password);
    if (!server)
        return server.error();
    return syncDesks(*server.value());
}

Result<DeskSyncReport> Event::syncDesks(DeskServer& server)
{
    if (isReadOnly())
        return refused(tr("The event is open read-only; it cannot exchange check-ins."));
    DeskLog log(m_store->database());
    auto link = log.link();
    if (!link)
        return link.error();
    auto report = syncDeskRound(log, server, link->eventId);
    if (report && report->received > 0) {
        Q_EMIT attendeesChanged();
        Q_EMIT countsChanged();
    }
    return report;
}

Result<QList<Attendee>> Event::possibleDoubles(qint64 attendeeId) const
{
    auto ids = doubleWalkIns(m_store->database(), attendeeId);
    if (!ids)
        return ids.error();
    QList<Attendee> doubles;
    for (qint64 id : std::as_const(ids.value())) {
        auto person = AttendeeRepository(m_store->database()).existing(id);
        if (!person)
            return person.error();
        doubles.append(person.value());
    }
    return doubles;
}

Result<Attendee> Event::mergePeople(qint64 attendeeId, qint64 sameAsId)
{
    if (isReadOnly())
        return refused(tr("The event is open read-only; nobody can be merged."));
    const QSqlDatabase db = m_store->database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto merged = DeskLog(db).appendMerge(attendeeId, sameAsId, m_station, nowIsoUtc());
        !merged)
        return merged.error();
    auto survivor = survivorOf(db, attendeeId);
    if (!survivor)
        return survivor.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT attendeesChanged();
    Q_EMIT countsChanged();
    Q_EMIT organisationsChanged();
    return AttendeeRepository(db).existing(survivor.value());
}

Result<DeskStatus> Event::deskStatus() const
{
    DeskLog log(m_store->database());
    auto me = log.deskId();
    if (!me)
        return me.error();
    auto link = log.link();
    if (!link)
        return link.error();
    auto pending = log.pendingCount();
    if (!pending)
        return pending.error();
    auto waiting = log.waitingCount();
    if (!waiting)
        return waiting.error();
    // An event that is not shared has nothing waiting to be sent.
    const int toSend = link->eventId.isEmpty() ? 0 : pending.value();
    return DeskStatus{me.value(), link.value(), toSend, waiting.value()};
}

} // namespace entre
