#pragma once

#include "model/attendee.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace entre {

// Who gets a badge in a batch, and in what order.
struct BadgeSelection {
    enum class Who { Everyone, NotPrinted, Codes, Ids, Organisation };
    enum class Order { LastName, Organisation };

    Who who = Who::Everyone;
    Order order = Order::LastName;
    QStringList codes;    // Who::Codes
    QList<qint64> ids;    // Who::Ids (the people selected in a list)
    QString organisation; // Who::Organisation, name as stored, case ignored

    // Reads the event and returns the people chosen, in order: by last name then first name in
    // Swedish order (Å Ä Ö after Z), or by organisation and then name. Unknown codes or an
    // organisation nobody belongs to are bad input, not an empty batch.
    Result<QList<Attendee>> resolve(const QSqlDatabase& db) const;
    // Orders people in place as this selection says.
    void sort(QList<Attendee>& people) const;
};

} // namespace entre
