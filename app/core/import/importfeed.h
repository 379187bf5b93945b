#pragma once

#include "importrow.h"
#include "registrationtable.h"
#include "rowsource.h"
#include "util/boundedfeed.h"

#include <QSet>
#include <QStringList>

namespace entre {

// A row of the list as the import takes it: mapped, a code that several people share set aside,
// and the keys it is matched on that need no database worked out.
struct FedRow {
    ImportRow row;
    QStringList keys;        // the code and identifiers that are this row's alone (ImportKeys::id)
    QString person;          // ImportKeys::person of the name
    QString names;           // ImportKeys::names
    QString emailAndName;    // ImportKeys::emailAndName; empty without an e-mail address
    QString organisationKey; // the organisation's name folded for matching
    // AttendeeRepository::detailValues() for a new person, the organisation's id still to set.
    QVariantList values;
};

// The identifier kind a list's code column is kept under when its code is set aside.
QString codeKindOf(const RegistrationTable& table);

// Reads, decodes and maps the rows of a list on a thread of its own, a bounded number of rows
// ahead of the import that writes them (BoundedFeed): the two overlap, and memory stays the same
// however long the list is. A booking or order number shared by several people (a group
// booking) identifies none of them: it is kept as an extra field and an identifier, and each
// person gets a code of their own; an identifier shared that way is kept but matches nobody.
// Which they are takes a pass over the whole list before the first row is handed over, when the
// list has codes or identifiers and reading the table found one of them in more than one row.
class ImportFeed {
public:
    // Starts reading `rows` from where they are. Both must outlive the feed.
    ImportFeed(const RegistrationTable& table, RowSource& rows);

    // The next row, false after the last, or the error that stopped the reading.
    Result<bool> next(FedRow& row) { return m_feed.next(row); }

private:
    using Out = BoundedFeed<FedRow>::Out;
    Result<void> read(Out& out);
    bool mayShareCodes() const;
    Result<bool> findSharedCodes(const Out& out);
    bool sharedInFile(const QString& key) const;
    FedRow fed(ImportRow row) const;

    const RegistrationTable& m_table;
    RowSource& m_rows;
    const ImportRowMapper m_mapper;
    const QString m_codeKind;
    QSet<quint64> m_sharedInFile; // codes and identifiers of several people in this list
    BoundedFeed<FedRow> m_feed;   // last: its thread uses everything above
};

} // namespace entre
