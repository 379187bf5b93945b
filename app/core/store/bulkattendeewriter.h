#pragma once

#include "model/attendee.h"
#include "sqlitestatement.h"
#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace entre {

// Writes many people inside the caller's transaction, as an import does, at the speed of the
// database rather than of the statements: each statement is prepared once and bound per row,
// each organisation name is resolved once, and the search index is filled in bulk by finish().
//
// Row by row, the search index costs most of an import: the triggers that keep it in step run
// one statement each, and at every statement the full-text index writes out what it has
// gathered. So begin() drops those triggers (inside the transaction: a rollback brings them
// back), and finish() rewrites the search rows of everyone added or changed in one statement and
// restores the triggers. When more people are coming than the event has, begin() drops the
// indexes nothing reads during the import too, and finish() builds them again by sorting. An
// import that is cancelled or fails never calls finish() and rolls everything back, the
// triggers and indexes included.
class BulkAttendeeWriter {
public:
    explicit BulkAttendeeWriter(QSqlDatabase db);

    // rowsComing: about how many rows the import will write.
    Result<void> begin(qint64 rowsComing);
    // The organisation's id for a name as a registration gives it (OrganisationRepository::
    // resolve), 0 for none.
    Result<qint64> organisationId(const QString& name);
    // Adds a person (a code is generated when the details have none); returns the new id.
    // `values` are AttendeeRepository::detailValues() of the details, worked out beforehand.
    Result<qint64> insert(const AttendeeDetails& details, const QVariantList& values);
    // Whether `code` is anybody's code or identifier, case aside: a generated code must not be.
    Result<bool> codeTaken(const QString& code);
    // Replaces a person's registration details, as AttendeeRepository::update().
    Result<void> update(qint64 id, const AttendeeDetails& details, qint64 organisationId);
    // Adds the identifiers a person does not have yet; returns how many were new.
    Result<int> addIdentifiers(qint64 id, const QList<AttendeeIdentifier>& identifiers);
    // Brings the search index up to date with every person written and restores its triggers
    // and the indexes begin() dropped.
    Result<void> finish();

private:
    Result<void> touch(qint64 id);
    Result<void> readTaken();
    void noteTaken(const QString& value);
    Result<void> setAside(const QString& type, const QStringList& names);

    QSqlDatabase m_db;
    SqliteStatement m_insert;
    SqliteStatement m_update;
    SqliteStatement m_identifier;
    SqliteStatement m_touch;
    QHash<QString, qint64> m_organisations; // as given -> id
    // Everyone's code and identifiers, as hashes of their lower case (two that hash alike only
    // make a code look taken): read from the event when the first code is generated, and kept up
    // to date with what this writer adds from then on.
    QSet<quint64> m_taken;
    bool m_takenRead = false;
    QStringList m_setAside; // the CREATE statements of what begin() dropped
    qint64 m_lastIdBefore = 0;
    QString m_now;
    bool m_begun = false;
};

} // namespace entre
