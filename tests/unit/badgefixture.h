#pragma once

#include "model/attendee.h"
#include "store/eventstore.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace entre::test {

// The sample registration list (semicolon separated, UTF-8), read without the importer so the
// badge tests depend on the store alone.
QList<AttendeeDetails> readRegistrations(const QString& csvPath);
QString sampleCsvPath();

// A new event file holding the given people (the sample list when none are given).
Result<std::unique_ptr<EventStore>> makeBadgeEvent(const QString& path,
                                                   const QList<AttendeeDetails>& people = {});

} // namespace entre::test
