#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace entre {

// One entry of the log desks exchange: a tick, an undo, a walk-in, an edit or a badge print. It is
// named by the desk that wrote it and its number there, which no other desk uses, and it names the
// person by code, since each desk's file numbers people its own way. An undo names the tick it
// takes back; a walk-in carries the person's details, so that the other desks can add them; an
// edit the field with its old and new value; a print where it went (see deskedits.h).
struct DeskEntry {
    QString deskId;
    qint64 seq = 0;
    QString action; // "check_in", "undo", "walk_in", "edit", "badge_print" or "merge"
    QString code;
    QString atUtc; // ISO 8601, UTC, milliseconds
    QString station;
    QString undoesDesk; // for an undo: the tick it takes back
    qint64 undoesSeq = 0;
    QString details; // JSON: for a walk-in the person (deskwalkin.h), for an edit or a print
                     // what changed (deskedits.h), for a merge the other person (deskmerges.h);
                     // empty for ticks and undos

    bool operator==(const DeskEntry& other) const = default;
};

// One field of a person changed by an edit, as the edit log names it ("first_name", "email", ...).
struct EditedField {
    QString field;
    QString oldValue;
    QString newValue;
};

// Where this desk's event is shared, and how far it has got.
struct DeskSharing {
    QString server;  // postgresql://USER@HOST:PORT/DB, never with a password
    QString eventId; // the event on that server; empty while the event is not shared
    qint64 sentSeq = 0;
    QString lastSyncUtc; // when a round of sending and receiving last went through
};

// The check-in log of one event file as one desk among several sees it. A person is arrived when
// at least one of their ticks is not named by an undo; they arrived at the earliest such tick
// (ties go to the desk id, then the number). That state depends only on the set of entries held,
// so entries from other desks can come in any order and more than once and every desk ends the
// same. Entries for a code this file does not know wait in an inbox until it does.
class DeskLog {
public:
    explicit DeskLog(QSqlDatabase db);

    Result<QString> deskId() const;

    // This desk's own entries, inside the caller's transaction. appendUndos writes one undo for
    // each tick that still counts and returns how many.
    Result<void> appendTick(qint64 attendeeId, const QString& station, const QString& atUtc);
    Result<int> appendUndos(qint64 attendeeId, const QString& station, const QString& atUtc);
    // A person added at this desk, before their tick, so that other desks can add them too.
    Result<void> appendWalkIn(qint64 attendeeId, const QString& station, const QString& atUtc);
    // An edit of one field, and a badge printed, both after the person was changed or the badge
    // sent; the person is brought up to date as with another desk's entries.
    Result<void> appendEdit(qint64 attendeeId, const QString& station, const QString& atUtc,
                            const EditedField& edit);
    Result<void> appendBadgePrint(qint64 attendeeId, const QString& station, const QString& atUtc,
                                  const QString& target);
    // Two people found to be one (deskmerges.h): one of them stays in the lists.
    Result<void> appendMerge(qint64 attendeeId, qint64 sameAsId, const QString& station,
                             const QString& atUtc);
    // Sets the person's arrival from their entries, inside the caller's transaction.
    Result<void> refreshArrival(qint64 attendeeId);

    // Replication. unsent() is this desk's entries after the sent mark, oldest first.
    Result<QList<DeskEntry>> unsent(int limit) const;
    Result<int> pendingCount() const;
    // Entries from other desks for people this file does not know yet.
    Result<int> waitingCount() const;
    // The highest number held from each desk, the inbox included.
    Result<QHash<QString, qint64>> known() const;
    // Every entry held, in the log and in the inbox, ordered by desk and number.
    Result<QList<DeskEntry>> entries() const;
    // Takes other desks' entries in one transaction; the ones held already change nothing.
    // Entries that waited in the inbox are tried again. Returns how many were new.
    Result<int> receive(const QList<DeskEntry>& entries);

    Result<DeskSharing> link() const;
    // Each commits on its own.
    Result<void> setLink(const DeskSharing& link);
    Result<void> markSent(qint64 seq, const QString& syncedAtUtc);
    // A copy of another desk's file becomes a desk of its own: a new id, nothing sent yet.
    Result<void> becomeNewDesk(const DeskSharing& link);

private:
    Result<bool> store(const DeskEntry& entry);
    Result<bool> storeWalkIn(const DeskEntry& entry);
    Result<void> apply(qint64 attendeeId, const DeskEntry& entry);
    Result<qint64> nextSeq(const QString& deskId) const;
    Result<std::pair<QString, qint64>> nextEntryId() const;
    Result<QVariantList> afterSentMark() const;
    Result<int> retryInbox();
    Result<QString> setting(const QString& key) const;
    Result<void> setSetting(const QString& key, const QString& value);

    QSqlDatabase m_db;
};

} // namespace entre
