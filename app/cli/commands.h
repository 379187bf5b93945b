#pragma once

#include "commandframe.h"

namespace entre::cli {

// The commands of the command table (see commandtable.cpp): each one's own part of the command
// line, and the function that does its work.
Syntax newSyntax();
Result<void> newCommand(Invocation& call);
Syntax importSyntax();
Result<void> importCommand(Invocation& call);
Syntax listSyntax();
Result<void> listCommand(Invocation& call);
Syntax searchSyntax();
Result<void> searchCommand(Invocation& call);
Syntax checkInSyntax();
Result<void> checkInCommand(Invocation& call);
Syntax undoSyntax();
Result<void> undoCommand(Invocation& call);
Syntax statsSyntax();
Result<void> statsCommand(Invocation& call);
Syntax badgesSyntax();
Result<void> badgesCommand(Invocation& call);
Syntax exportSyntax();
Result<void> exportCommand(Invocation& call);
Syntax eraseSyntax();
Result<void> eraseCommand(Invocation& call);

Syntax desksPublishSyntax();
Result<void> desksPublishCommand(Invocation& call);
Syntax desksJoinSyntax();
Result<void> desksJoinCommand(Invocation& call);
Syntax desksSyncSyntax();
Result<void> desksSyncCommand(Invocation& call);
Syntax desksStatusSyntax();
Result<void> desksStatusCommand(Invocation& call);

Syntax backupsSyntax();
Result<void> backupsCommand(Invocation& call);
Syntax restoreSyntax();
Result<void> restoreCommand(Invocation& call);

} // namespace entre::cli
