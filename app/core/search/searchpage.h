#pragma once

#include "model/attendee.h"
#include "store/attendeerepository.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace entre {

// One ranked group of a first page of results.
struct SearchGroup {
    QString match;          // an FTS5 expression the group's people match; empty: no index
    QStringList conditions; // more WHERE conditions on attendees a
    QVariantList values;    // for the conditions
};

// Fills the first page of a search a group at a time (exact code, found by name, the rest),
// each group in the desk's order and read only while the page has room, so the people a
// group does not need are never sorted.
class SearchPage {
public:
    SearchPage(QSqlDatabase db, int limit);

    bool isFull() const { return m_found.size() >= m_limit; }
    QList<Attendee> take() { return std::move(m_found); }

    // Those matched through the index, not yet arrived first, then Swedish order.
    Result<void> add(const SearchGroup& group);
    // Without the index: walks everyone in Swedish order, those not yet arrived first, and
    // stops when the page is full. For groups that most of the event belongs to.
    Result<void> walk(const SearchGroup& group, ArrivalFilter filter);
    // The same over only the first `budget` people in Swedish order who have not yet arrived
    // (or have, with ArrivalFilter::Arrived): true when that filled the page, which is then what
    // add() would have filled it with; otherwise the page is left as it was. For a group with
    // thousands of people spread over the alphabet, such as those with a name that starts with
    // a letter: a few hundred steps find a page that sorting them all would take ten times as
    // long to find, and a group bunched at the end of the alphabet costs no more than the budget.
    // When the budget found some but not all, the walk goes on as far as the rate they came at
    // says the rest will take, up to a few budgets more.
    Result<bool> walkWithin(const SearchGroup& group, ArrivalFilter filter, int budget);
    // Walks as walk() does and tests each person the group's conditions let through with `test`
    // (a condition on a, with `testValues`) instead of asking for those found: true when the
    // page was filled, or everyone walked, before more than `misses` failed the test; otherwise
    // the page is left as it was. For a group nearly everyone belongs to, such as the first
    // characters every code starts with: a few dozen tests fill the page, and a group of a
    // tenth of the event gives up after a few.
    Result<bool> walkTesting(const SearchGroup& group, const QString& test,
                             const QVariantList& testValues, ArrivalFilter filter, int misses);

private:
    // How much further than its budget walkWithin() may go when the first stretch found some of
    // the page: up to this many budgets more.
    static constexpr int maxFurtherBudgets = 3;

    Result<void> read(const QString& sql, QVariantList values);
    Result<QVariant> sortKeyAt(const QVariant& after, int offset) const;
    // Those of the group with a sort key after `after` and up to `upTo` (either null: no bound),
    // in Swedish order, at most `limit`; not yet arrived, or arrived with ArrivalFilter::Arrived.
    Result<QList<Attendee>> walkStretch(const SearchGroup& group, ArrivalFilter filter,
                                        const QVariant& after, const QVariant& upTo,
                                        int limit) const;

    QSqlDatabase m_db;
    int m_limit;
    QList<Attendee> m_found;
};

} // namespace entre
