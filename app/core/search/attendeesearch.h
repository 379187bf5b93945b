#pragma once

#include "model/attendee.h"
#include "store/attendeerepository.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace entre {

// Finds attendees by what a person types at the desk: every word a prefix of a word in the
// name, organisation, e-mail or code; case and accents ignored. An exact code ranks first;
// then those not yet arrived; then Swedish alphabetical order.
class AttendeeSearch {
public:
    explicit AttendeeSearch(QSqlDatabase db);

    Result<QList<Attendee>> find(const QString& text, ArrivalFilter filter = ArrivalFilter::Everyone,
                                 int limit = 200, int offset = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace entre
