#pragma once

#include "desks/deskserver.h"
#include "store/desklog.h"
#include "util/result.h"

namespace entre {

struct DeskSyncReport {
    int sent = 0;     // this desk's entries the server took
    int received = 0; // other desks' entries that were new here
    int pending = 0;  // this desk's entries still to send
};

// One round between a desk and the server: send what this desk has not sent (in batches, each
// marked as sent only once the server has committed it), then fetch from each desk what comes
// after the highest number held here from it, and apply it. A round cut short by a lost
// connection leaves both sides consistent; the next round goes on from there.
Result<DeskSyncReport> syncDeskRound(DeskLog& log, DeskServer& server, const QString& eventId);

} // namespace entre
