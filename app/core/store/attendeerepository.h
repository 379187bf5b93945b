#pragma once

#include "model/attendee.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace entre {

enum class ArrivalFilter { Everyone, Arrived, Missing };

Error noSuchAttendee(qint64 id);

// The SQL condition on attendees "a" for a filter. People merged into another person
// (deskmerges.h) are left out of every filter: lists, searches and counts show the survivor.
QString arrivalPredicate(ArrivalFilter filter);

// Reads and writes attendees. Writes run inside the caller's transaction, so an import or a
// walk-in is one transaction however many statements it takes.
class AttendeeRepository {
public:
    explicit AttendeeRepository(QSqlDatabase db);

    // Everyone (or those arrived / not yet arrived) in Swedish order of last name, first name.
    Result<QList<Attendee>> list(ArrivalFilter filter = ArrivalFilter::Everyone) const;
    Result<std::optional<Attendee>> byId(qint64 id) const;
    // The person whose code or other identifier (order, ticket, barcode number...) this is,
    // ignoring case and surrounding spaces, an exact match first; every way of finding someone
    // by code (the desk, a scanner, the command line) goes through here. Nobody when the value
    // is a code of nobody's and an identifier of several people (an order for a group).
    Result<std::optional<Attendee>> byCode(const QString& code) const;
    // The person with this id, or an error that says there is none.
    Result<Attendee> existing(qint64 id) const;
    // A code as printed on a ticket, or the numeric id; an error that says so when neither.
    Result<Attendee> byCodeOrId(const QString& codeOrId) const;
    Result<QList<Attendee>> byIds(const QList<qint64>& ids) const;
    Result<int> count(ArrivalFilter filter = ArrivalFilter::Everyone) const;
    // When each person who is checked in arrived (UTC), earliest first.
    Result<QList<QDateTime>> checkInTimes() const;

    // Adds a person; generates a code when the details carry none. Returns the new id.
    Result<qint64> insert(const AttendeeDetails& details);
    // Replaces a person's registration details; check-in state, code and identifiers are kept.
    Result<void> update(qint64 id, const AttendeeDetails& details);
    // Adds identifiers a person does not have yet and puts them in the search index (the one
    // writer of identifiers, see schema version 5); returns how many were new.
    Result<int> addIdentifiers(qint64 id, const QList<AttendeeIdentifier>& identifiers);
    // Fills in the identifiers of people read elsewhere (search results).
    Result<void> attachIdentifiers(QList<Attendee>& attendees) const;
    Result<QString> generateCode() const;
    // The same, with `taken` saying whether a candidate is somebody's code or identifier.
    static Result<QString> generateCode(const std::function<Result<bool>(const QString&)>& taken);

    // The column list and join every read uses, for other readers of attendees (search).
    static QString selectColumns();
    // A person's identifiers without the one that is their code, which is kept as the code.
    static QList<AttendeeIdentifier>
    identifiersBesides(const QList<AttendeeIdentifier>& identifiers, const QString& code);
    // The same from another source that names the attendees `a` (a join or a subquery), and
    // optionally one more column after them, which fromRow() does not read.
    static QString selectColumnsFrom(const QString& source, const QString& extraColumn = {});
    // Where that extra column is in a row.
    static constexpr int extraColumnIndex = 16;
    // The statements insert() and update() run, for writers of many rows (the import): the
    // values to bind are detailValues(), then created_at and updated_at (insert) or
    // updated_at and the id (update).
    static QString insertStatement();
    static QString updateStatement();
    // first_name through sort_key, as stored: white space normalised, extra fields as JSON.
    static QVariantList detailValues(const AttendeeDetails& details, qint64 organisationId);
    // Where detailValues() has the organisation, and what it has there (NULL for none).
    static constexpr int organisationIndex = 4;
    static QVariant organisationValue(qint64 organisationId);
    static Attendee fromRow(const QSqlQuery& query);

private:
    QSqlDatabase m_db;
};

} // namespace entre
