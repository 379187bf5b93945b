#include "attendeesearch.h"

#include "ftsquery.h"
#include "store/sqlquery.h"

namespace entre {
namespace {

QString arrivalCondition(ArrivalFilter filter)
{
    switch (filter) {
    case ArrivalFilter::Arrived:
        return QStringLiteral(" AND a.checked_in_at IS NOT NULL");
    case ArrivalFilter::Missing:
        return QStringLiteral(" AND a.checked_in_at IS NULL");
    case ArrivalFilter::Everyone:
        break;
    }
    return {};
}

} // namespace

AttendeeSearch::AttendeeSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<Attendee>> AttendeeSearch::find(const QString& text, ArrivalFilter filter, int limit,
                                             int offset) const
{
    const QString match = ftsPrefixExpression(text);
    const QString arrivedLastThenSwedish =
        QStringLiteral("a.checked_in_at IS NOT NULL, a.sort_key, a.id LIMIT ? OFFSET ?");
    Result<QSqlQuery> query = match.isEmpty()
        ? runQuery(m_db,
                   AttendeeRepository::selectColumns() + QStringLiteral(" WHERE 1")
                       + arrivalCondition(filter) + QStringLiteral(" ORDER BY ")
                       + arrivedLastThenSwedish,
                   {limit, offset})
        : runQuery(m_db,
                   AttendeeRepository::selectColumns()
                       + QStringLiteral(" WHERE a.id IN (SELECT rowid FROM attendee_search "
                                        "WHERE attendee_search MATCH ?)")
                       + arrivalCondition(filter)
                       + QStringLiteral(" ORDER BY a.code = ? COLLATE NOCASE DESC, ")
                       + arrivedLastThenSwedish,
                   {match, text.trimmed(), limit, offset});
    if (!query)
        return query.error();
    QList<Attendee> found;
    while (query->next())
        found.append(AttendeeRepository::fromRow(query.value()));
    return found;
}

} // namespace entre
