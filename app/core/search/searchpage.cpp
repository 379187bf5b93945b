#include "searchpage.h"

#include "store/sqlquery.h"

#include <algorithm>

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
        // Through the sort index, whatever the planner would guess from the conditions: the
        // walk stops as soon as the page is full.
        if (auto added = read(AttendeeRepository::selectColumnsFrom(
                                  QStringLiteral("attendees a INDEXED BY attendees_sort")) +
                                  whereClause(conditions) +
                                  QStringLiteral(" ORDER BY a.sort_key, a.id LIMIT ?"),
                              group.values);
            !added)
            return added;
    }
    return {};
}

// The sort key `offset` people in, or in after the last with the sort key `after`, read from the
// index alone; null past the end.
Result<QVariant> SearchPage::sortKeyAt(const QVariant& after, int offset) const
{
    auto key = after.isValid()
                   ? runQuery(m_db,
                              QStringLiteral("SELECT sort_key FROM attendees INDEXED BY "
                                             "attendees_sort WHERE sort_key > ? ORDER BY sort_key "
                                             "LIMIT 1 OFFSET ?"),
                              {after, offset})
                   : runQuery(m_db,
                              QStringLiteral("SELECT sort_key FROM attendees INDEXED BY "
                                             "attendees_sort ORDER BY sort_key LIMIT 1 OFFSET ?"),
                              {offset});
    if (!key)
        return key.error();
    return key->next() ? key->value(0) : QVariant();
}

Result<QList<Attendee>> SearchPage::walkStretch(const SearchGroup& group, ArrivalFilter filter,
                                                const QVariant& after, const QVariant& upTo,
                                                int limit) const
{
    QStringList conditions = group.conditions;
    conditions.append(arrivalPredicate(filter == ArrivalFilter::Arrived ? ArrivalFilter::Arrived
                                                                        : ArrivalFilter::Missing));
    QVariantList values = group.values;
    if (after.isValid()) {
        conditions.append(QStringLiteral("a.sort_key > ?"));
        values.append(after);
    }
    if (upTo.isValid()) {
        conditions.append(QStringLiteral("a.sort_key <= ?"));
        values.append(upTo);
    }
    values.append(limit);
    auto query =
        runQuery(m_db,
                 AttendeeRepository::selectColumnsFrom(
                     QStringLiteral("attendees a INDEXED BY attendees_sort")) +
                     whereClause(conditions) + QStringLiteral(" ORDER BY a.sort_key, a.id LIMIT ?"),
                 values);
    if (!query)
        return query.error();
    QList<Attendee> found;
    while (query->next())
        found.append(AttendeeRepository::fromRow(query.value()));
    return found;
}

Result<bool> SearchPage::walkWithin(const SearchGroup& group, ArrivalFilter filter, int budget)
{
    if (isFull())
        return true;
    const int need = m_limit - static_cast<int>(m_found.size());
    // Someone without a sort key (sorted first) would be out of the walk's range: then the page
    // is not found this way.
    auto unsorted = runQuery(m_db, QStringLiteral("SELECT 1 FROM attendees INDEXED BY "
                                                  "attendees_sort WHERE sort_key IS NULL LIMIT 1"));
    if (!unsorted)
        return unsorted.error();
    if (unsorted->next())
        return false;
    auto bound = sortKeyAt({}, budget);
    if (!bound)
        return bound.error();
    auto found = walkStretch(group, filter, {}, bound.value(), need);
    if (!found)
        return found.error();
    const auto k = static_cast<int>(found->size());
    // Some found, but not enough: at the rate they came, a walk a little further most likely
    // finds the rest, for less than sorting the whole group (a common first name, a few short
    // of a page in the first stretch). Twice as far as that rate says, at least another budget:
    // names come in clumps (everyone called Bengtsson, in order of first name). None found: the
    // group starts later in the alphabet, and is sorted.
    if (k > 0 && k < need && bound->isValid()) {
        const qint64 further =
            std::max<qint64>(budget, static_cast<qint64>(need - k) * budget * 2 / k);
        if (further <= static_cast<qint64>(budget) * maxFurtherBudgets) {
            auto furtherBound = sortKeyAt(bound.value(), static_cast<int>(further));
            if (!furtherBound)
                return furtherBound.error();
            auto more = walkStretch(group, filter, bound.value(), furtherBound.value(), need - k);
            if (!more)
                return more.error();
            found->append(more.value());
        }
    }
    // Everyone of the group not walked sorts after those found: when they fill the page, they
    // are its rest.
    if (found->size() < need)
        return false;
    m_found.append(found.value());
    return true;
}

Result<bool> SearchPage::walkTesting(const SearchGroup& group, const QString& test,
                                     const QVariantList& testValues, ArrivalFilter filter,
                                     int misses)
{
    const qsizetype need = m_limit - m_found.size();
    QList<Attendee> found;
    int missed = 0;
    for (const bool arrived : {false, true}) {
        if (found.size() >= need)
            break;
        if (filter == (arrived ? ArrivalFilter::Missing : ArrivalFilter::Arrived))
            continue;
        QStringList conditions = group.conditions;
        conditions.append(
            arrivalPredicate(arrived ? ArrivalFilter::Arrived : ArrivalFilter::Missing));
        // No LIMIT: the rows are read only as far as they are needed.
        auto query =
            runQuery(m_db,
                     AttendeeRepository::selectColumnsFrom(
                         QStringLiteral("attendees a INDEXED BY attendees_sort"), test) +
                         whereClause(conditions) + QStringLiteral(" ORDER BY a.sort_key, a.id"),
                     testValues + group.values);
        if (!query)
            return query.error();
        while (found.size() < need && query->next()) {
            if (query->value(AttendeeRepository::extraColumnIndex).toBool())
                found.append(AttendeeRepository::fromRow(query.value()));
            else if (++missed > misses)
                return false;
        }
    }
    m_found.append(found);
    return true;
}

} // namespace entre
