#pragma once

#include "util/result.h"

#include <QString>

namespace entre {

// The bundled demo: the Digitala Västerbotten kick-off day with fictional people, made from the
// registration list under resources/demo the first time it is asked for.
namespace DemoEvent {
// The demo's file in the user's data folder, created when missing.
Result<QString> ensure();
// Creates the demo event at `path` (which must not exist yet).
Result<void> createAt(const QString& path);
QString defaultPath();
} // namespace DemoEvent

} // namespace entre
