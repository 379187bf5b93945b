#pragma once

#include "model/attendee.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace entre {

// The keys a row of a list is matched on, folded as the desk compares them.
namespace ImportKeys {
// Codes and identifiers, case and surrounding white space aside.
QString id(const QString& value);
// First and last name, folded, with the organisation's id.
QString nameAndOrganisation(const AttendeeDetails& details, qint64 organisationId);
// The same in two steps: the names, which need no database, and then the organisation's id.
QString names(const AttendeeDetails& details);
QString withOrganisation(const QString& names, qint64 organisationId);
// The name alone, folded: with the same e-mail address it makes the same person.
QString person(const QString& firstName, const QString& lastName);
// A first and a last name folded once (foldForMatching), for both keys above.
struct FoldedName {
    QString first;
    QString last;
    explicit FoldedName(const AttendeeDetails& details);
    QString names() const;
    QString person() const;
};
QString emailAndName(const QString& email, const QString& name);
// A key as 64 bits, for what is remembered of every row of a list: a list of 1,000,000 rows
// would otherwise keep several strings per row. Two different keys of a million-row list share
// a hash about once in 37 million such lists; the second row would then be reported as listed
// twice, never merged unseen.
quint64 hash(const QString& key);
} // namespace ImportKeys

// Who is already in the event, by each of the keys a row can match on.
struct EventIndex {
    QList<Attendee> people;
    QHash<QString, qsizetype> byCode;
    QHash<QString, qsizetype> byIdentifier; // only those one person has
    QSet<QString> sharedIdentifiers;
    QHash<QString, qsizetype> byEmailAndName;
    QMultiHash<QString, qsizetype> byEmail;
    QHash<QString, qsizetype> byName;

    void add(qsizetype index);
    // The person whose code, or identifier of theirs alone, this key is; -1 for none.
    qsizetype byKey(const QString& key) const;
};

// What is remembered of the rows of this list seen so far, to reject a person listed twice and
// to list addresses several people share. Keys are kept as hashes (ImportKeys::hash).
struct SeenRows {
    QHash<quint64, int> byKey;          // code or identifier -> row
    QHash<quint64, int> byEmailAndName; // a real address and the name
    QHash<quint64, int> byName;         // only rows with neither of the above
    QHash<qsizetype, int> byPerson;     // a person of the event -> the row that listed them
    struct EmailOwner {
        quint64 name = 0;      // the folded name of the first row with the address
        qint64 attendeeId = 0; // whom that row became
    };
    QHash<quint64, EmailOwner> emailOwner; // address -> its first row's person
};

} // namespace entre
