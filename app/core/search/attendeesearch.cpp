#include "attendeesearch.h"

#include "ftsquery.h"
#include "store/sqlquery.h"

namespace entre {
namespace {

QString arrivalCondition(ArrivalFilter filter) {
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

QString matchingIds() {
    return QStringLiteral("(SELECT rowid FROM attendee_search WHERE attendee_search MATCH ?)");
}

// What was typed, as the SQL values every form of the search binds.
struct Terms {
    explicit Terms(const QString& text)
        : full(ftsPrefixExpression(text))
        , names(ftsNameExpression(text))
        , code(text.trimmed())
        , upperCode(code.toUpper()) {}
    QString full;
    QString names;
    QString code;
    QString upperCode;
};

// One ranked group of a first page: a WHERE clause and its values, in Swedish order.
struct Group {
    QStringList conditions;
    QVariantList values;
};

class PageBuilder {
public:
    PageBuilder(const QSqlDatabase& db, int limit)
        : m_db(db)
        , m_limit(limit) {}

    bool isFull() const { return m_found.size() >= m_limit; }
    QList<Attendee> take() { return std::move(m_found); }

    // Adds the group once for those not yet arrived and once for those arrived, in that order.
    Result<void> addByArrival(Group group, ArrivalFilter filter) {
        if (filter != ArrivalFilter::Arrived) {
            Group missing = group;
            missing.conditions.append(QStringLiteral("a.checked_in_at IS NULL"));
            if (auto added = add(missing); !added)
                return added;
        }
        if (filter != ArrivalFilter::Missing) {
            group.conditions.append(QStringLiteral("a.checked_in_at IS NOT NULL"));
            return add(group);
        }
        return {};
    }

    Result<void> add(const Group& group) {
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

private:
    QSqlDatabase m_db;
    int m_limit;
    QList<Attendee> m_found;
};

Result<QList<Attendee>> runStatement(const QSqlDatabase& db, const SearchStatement& statement) {
    auto query = runQuery(db, statement.sql, statement.values);
    if (!query)
        return query.error();
    QList<Attendee> found;
    while (query->next())
        found.append(AttendeeRepository::fromRow(query.value()));
    return found;
}

} // namespace

SearchStatement searchStatement(const QString& text, ArrivalFilter filter, int limit, int offset) {
    const Terms terms(text);
    const QString arrivedLastThenSwedish =
        QStringLiteral("a.checked_in_at IS NOT NULL, a.sort_key, a.id LIMIT ? OFFSET ?");
    if (terms.full.isEmpty()) {
        return {AttendeeRepository::selectColumns() + QStringLiteral(" WHERE 1") +
                    arrivalCondition(filter) + QStringLiteral(" ORDER BY ") +
                    arrivedLastThenSwedish,
                {limit, offset}};
    }
    return {AttendeeRepository::selectColumns() + QStringLiteral(" WHERE a.id IN ") +
                matchingIds() + arrivalCondition(filter) +
                QStringLiteral(" ORDER BY a.code IN (?, ?) DESC, a.id IN ") + matchingIds() +
                QStringLiteral(" DESC, ") + arrivedLastThenSwedish,
            {terms.full, terms.code, terms.upperCode, terms.names, limit, offset}};
}

AttendeeSearch::AttendeeSearch(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<Attendee>> AttendeeSearch::find(const QString& text, ArrivalFilter filter, int limit,
                                             int offset) const {
    const Terms terms(text);
    if (terms.full.isEmpty() && offset == 0 && limit > 0) {
        // Everyone: read in Swedish order, those not yet arrived first, without sorting them all.
        PageBuilder page(m_db, limit);
        if (auto added = page.addByArrival({{QStringLiteral("1")}, {}}, filter); !added)
            return added.error();
        return page.take();
    }
    return runStatement(m_db, searchStatement(text, filter, limit, offset));
}

} // namespace entre
