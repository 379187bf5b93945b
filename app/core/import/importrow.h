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

// Turns data rows of one table into people's details. The identifiers come from the identifier
// fields (ImportFields::identifierKeys()); a value in the e-mail column that is not an address is
// kept as extra text under its header. Each header's column is looked up once, not per row.
class ImportRowMapper {
public:
    explicit ImportRowMapper(const RegistrationTable& table);
    ImportRow map(const TextRecord& record) const;
    // Only what tells who the row is: the names, the code and the identifiers.
    ImportRow mapIdentity(const TextRecord& record) const;
    // The columns of the code and the identifiers; none when the table has neither.
    QList<int> keyColumns() const;

private:
    struct Field {
        QString key;
        int column = -1;
    };
    static QString cell(const TextRecord& record, int column);
    void mapIdentifiersAndFullName(const TextRecord& record, ImportRow& row) const;

    QList<Field> m_fields;      // every mapped field with its column
    QList<Field> m_identity;    // those of them that tell who the row is
    QList<Field> m_identifiers; // identifier fields other than the code's column
    QList<Field> m_extra;       // kept columns without a field, by header
    QSet<QString> m_fieldKeys;
    QString m_emailHeader;
    int m_fullNameColumn = -1;
};

ImportRow importRowFrom(const RegistrationTable& table, const TextRecord& record);
// What the event's person becomes when this row is merged into them; `extraHeaders` are the
// headers whose values live in the extra fields (an absent one is removed).
AttendeeDetails mergedDetails(const Attendee& existing, const ImportRow& row,
                              const QStringList& extraHeaders);
// Equal as the store would save them (white space normalised).
bool sameDetails(const AttendeeDetails& a, const AttendeeDetails& b);

} // namespace entre
