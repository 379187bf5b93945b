#pragma once

#include "model/attendee.h"
#include "store/attendeerepository.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace entre {

// One search as SQL and the values to bind: the ranked statement later pages are read with,
// also run in the sqlite3 shell by the benchmark for comparison.
struct SearchStatement {
    QString sql;
    QVariantList values;
};
SearchStatement searchStatement(const QString& text, ArrivalFilter filter, int limit, int offset);

// Finds attendees by what a person types at the desk: every word a prefix of a word in the
// name, organisation, e-mail, code or other identifier; case and accents ignored; words in any
// order. Ranking: an exact code or identifier first; then people whose first or last name starts
// with a word typed; then the rest. Among equals, those not yet arrived first, then Swedish
// alphabetical order. The first page is read a ranked group at a time and later pages with the one
// ranked statement; both give the same order.
class AttendeeSearch {
public:
    explicit AttendeeSearch(QSqlDatabase db);

    Result<QList<Attendee>> find(const QString& text,
                                 ArrivalFilter filter = ArrivalFilter::Everyone, int limit = 200,
                                 int offset = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace entre
