#pragma once

#include "model/attendee.h"
#include "registrationtable.h"

#include <QSet>

namespace entre {

// One data row turned into a person's details, with the fields its list actually has: a
// field the list has no column for keeps what the event knows on re-import.
struct ImportRow {
    int line = 0;
    AttendeeDetails details;
    QSet<QString> fields; // the field keys the table maps
    bool hasName() const;
};

// The identifiers come from the identifier fields (ImportFields::identifierKeys()); a value in
// the e-mail column that is not an address is kept as extra text under its header.
ImportRow importRowFrom(const RegistrationTable& table, const TextRecord& record);
// What the event's person becomes when this row is merged into them; `extraHeaders` are the
// headers whose values live in the extra fields (an absent one is removed).
AttendeeDetails mergedDetails(const Attendee& existing, const ImportRow& row,
                              const QStringList& extraHeaders);
// Equal as the store would save them (white space normalised).
bool sameDetails(const AttendeeDetails& a, const AttendeeDetails& b);

} // namespace entre
