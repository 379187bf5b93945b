#pragma once

#include "model/attendee.h"
#include "store/attendeerepository.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace entre {

// One ranked group of a first page of results: WHERE conditions and their values.
struct SearchGroup {
    QStringList conditions;
    QVariantList values;
};

// Fills the first page of a search a group at a time, each group read in Swedish order and
// stopped as soon as the page is full, so a broad search never sorts everyone it matches.
class SearchPage {
public:
    SearchPage(QSqlDatabase db, int limit);

    bool isFull() const { return m_found.size() >= m_limit; }
    QList<Attendee> take() { return std::move(m_found); }

    Result<void> add(const SearchGroup& group);
    // The group for those not yet arrived, then for those arrived (as the filter allows).
    Result<void> addByArrival(const SearchGroup& group, ArrivalFilter filter);

private:
    QSqlDatabase m_db;
    int m_limit;
    QList<Attendee> m_found;
};

} // namespace entre
