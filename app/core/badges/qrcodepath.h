#pragma once

#include "util/result.h"

#include <QPainterPath>
#include <QString>

namespace entre {

// A QR code as one path in module units (0..modules), each row's dark runs merged into one
// rectangle, so a printer gets a single vector fill instead of hundreds of squares.
struct QrCodePath {
    QPainterPath path;
    int modules = 0;
};

Result<QrCodePath> makeQrCodePath(const QString& text);

} // namespace entre
