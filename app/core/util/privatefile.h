#pragma once

#include "result.h"

#include <QString>

namespace entre {

// Event files hold personal data: only their owner may read them. These keep every file Entré
// writes for an event (the file, its journal, its lock, copies) at owner read and write.
namespace privatefile {

// Creates an empty file that only its owner can read and write; the system's reason when it
// exists already or cannot be made.
Result<void> createEmpty(const QString& path);
// Takes group and other permissions away from an existing file the user owns; files that are
// missing or belong to someone else are left as they are.
void restrict(const QString& path);

} // namespace privatefile
} // namespace entre
