#include "searchpage.h"

#include "store/sqlquery.h"

namespace entre {

SearchPage::SearchPage(QSqlDatabase db, int limit)
    : m_db(std::move(db))
    , m_limit(limit) {}

Result<void> SearchPage::add(const SearchGroup& group) {
    if (isFull())
        return {};
    QVariantList values = group.values;
    values.append(m_limit - static_cast<int>(m_found.size()));
    auto query = runQuery(m_db,
                          AttendeeRepository::selectColumns() + QStringLiteral(" WHERE ") +
                              group.conditions.join(QStringLiteral(" AND ")) +
                              QStringLiteral(" ORDER BY a.sort_key, a.id LIMIT ?"),
                          values);
    if (!query)
        return query.error();
    while (query->next())
        m_found.append(AttendeeRepository::fromRow(query.value()));
    return {};
}

Result<void> SearchPage::addByArrival(const SearchGroup& group, ArrivalFilter filter) {
    if (filter != ArrivalFilter::Arrived) {
        SearchGroup missing = group;
        missing.conditions.append(QStringLiteral("a.checked_in_at IS NULL"));
        if (auto added = add(missing); !added)
            return added;
    }
    if (filter != ArrivalFilter::Missing) {
        SearchGroup arrived = group;
        arrived.conditions.append(QStringLiteral("a.checked_in_at IS NOT NULL"));
        return add(arrived);
    }
    return {};
}

} // namespace entre
