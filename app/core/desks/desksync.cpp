#include "desksync.h"

#include "util/isotime.h"

namespace entre {
namespace {

constexpr int batchSize = 500;

Result<int> sendAll(DeskLog& log, DeskServer& server, const QString& eventId)
{
    int sent = 0;
    for (;;) {
        auto batch = log.unsent(batchSize);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return sent;
        if (auto done = server.send(eventId, batch.value()); !done)
            return done.error();
        if (auto marked = log.markSent(batch->constLast().seq, nowIsoUtc()); !marked)
            return marked.error();
        sent += int(batch->size());
    }
}

Result<int> receiveAll(DeskLog& log, DeskServer& server, const QString& eventId)
{
    auto heads = server.heads(eventId);
    if (!heads)
        return heads.error();
    auto known = log.known();
    if (!known)
        return known.error();
    int received = 0;
    for (auto head = heads->cbegin(); head != heads->cend(); ++head) {
        const qint64 held = known->value(head.key(), 0);
        if (head.value() <= held)
            continue;
        auto entries = server.entriesAfter(eventId, head.key(), held);
        if (!entries)
            return entries.error();
        auto fresh = log.receive(entries.value());
        if (!fresh)
            return fresh.error();
        received += fresh.value();
    }
    return received;
}

} // namespace

Result<DeskSyncReport> syncDeskRound(DeskLog& log, DeskServer& server, const QString& eventId)
{
    DeskSyncReport report;
    auto sent = sendAll(log, server, eventId);
    if (!sent)
        return sent.error();
    report.sent = sent.value();
    auto received = receiveAll(log, server, eventId);
    if (!received)
        return received.error();
    report.received = received.value();
    // People an import has added since may be the ones entries in the inbox wait for.
    if (auto retried = log.receive({}); !retried)
        return retried.error();
    if (auto synced = log.markSent(0, nowIsoUtc()); !synced)
        return synced.error();
    auto pending = log.pendingCount();
    if (!pending)
        return pending.error();
    report.pending = pending.value();
    return report;
}

} // namespace entre
