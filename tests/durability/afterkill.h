#pragma once

#include "eventaudit.h"
#include "killedchild.h"
#include "store/eventstore.h"
#include "util/result.h"

#include <QString>

#include <memory>

namespace entre::durability {

// Opens the event a child was killed on, as the next desk would, and audits it. A lock the child
// held must name it, it must be gone, and the lock must now be this process's: taken over
// without a question. Empty when all is well and the file is sound; otherwise what is wrong.
QString reopenAfterKill(const QString& path, const ChildRun& run,
                        std::unique_ptr<EventStore>& store, EventAudit& audit);

// Ticks the first person not yet arrived; returns their code.
Result<QString> nextCheckIn(EventStore& store, const QString& station);

} // namespace entre::durability
