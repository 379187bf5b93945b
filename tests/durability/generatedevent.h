#pragma once

#include "store/eventstore.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace entre::durability {

// One row of a generated registration list.
struct Registration {
    QString code;
    QString firstName;
    QString lastName;
    QString email;
    QString organisation;
    QString title;
};

// People numbered first .. first + count - 1; the same number always gives the same person,
// so a later list can repeat earlier people with another title.
QList<Registration> generatedRegistrations(int first, int count, const QString& title);

// The list as a registration export would have it: UTF-8, ';', Swedish headers.
Result<void> writeRegistrationCsv(const QString& path, const QList<Registration>& people);

// A new event at eventPath filled by importing csvPath through the real importer.
Result<std::unique_ptr<EventStore>> createEventFromCsv(const QString& eventPath,
                                                       const QString& name, const QString& csvPath);

// Copies a cleanly closed event file (no write-ahead log beside it) over `to`; empty when done.
QString copyClosedEvent(const QString& from, const QString& to);

} // namespace entre::durability
