#include "searchpage.h"

#include "store/sqlquery.h"

namespace entre {
namespace {

QString whereClause(const QStringList& conditions)
{
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

SearchPage::SearchPage(QSqlDatabase db, int limit)
    : m_db(std::move(db))
    , m_limit(limit)
{}

Result<void> SearchPage::read(const QString& sql, QVariantList values)
{
    if (isFull())
        return {};
    values.append(m_limit - static_cast<int>(m_found.size()));
    auto query = runQuery(m_db, sql, values);
    if (!query)
        return query.error();
    while (query->next())
        m_found.append(AttendeeRepository::fromRow(query.value()));
    return {};
}

Result<void> SearchPage::add(const SearchGroup& group)
{
    QStringList conditions = group.conditions;
    QVariantList values = group.values;
    QString from = AttendeeRepository::selectColumns();
    if (!group.match.isEmpty()) {
        from += QStringLiteral(" JOIN attendee_search ON attendee_search.rowid = a.id");
        conditions.prepend(QStringLiteral("attendee_search MATCH ?"));
        values.prepend(group.match);
    }
    return read(
        from + whereClause(conditions) +
            QStringLiteral(" ORDER BY a.checked_in_at IS NOT NULL, a.sort_key, a.id LIMIT ?"),
        values);
}

Result<void> SearchPage::walk(const SearchGroup& group, ArrivalFilter filter)
{
    // One pass per arrival state, each in the order of the sort index, so nothing is sorted.
    for (const bool arrived : {false, true}) {
        if (filter == (arrived ? ArrivalFilter::Missing : ArrivalFilter::Arrived))
            continue;
        QStringList conditions = group.conditions;
        conditions.append(
            arrivalPredicate(arrived ? ArrivalFilter::Arrived : ArrivalFilter::Missing));
        if (auto added = read(AttendeeRepository::selectColumns() + whereClause(conditions) +
                                  QStringLiteral(" ORDER BY a.sort_key, a.id LIMIT ?"),
                              group.values);
            !added)
            return added;
    }
    return {};
}

} // namespace entre
