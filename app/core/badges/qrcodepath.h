#pragma once

#include "util/result.h"

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace entre {

// A QR code as one path in module units (0..modules), each row's dark runs merged into one
// rectangle, so a printer gets a single vector fill instead of hundreds of squares. The same
// rectangles as a list, which QPainter::drawRects() writes to a PDF in module units under one
// transform: a fifth of the bytes of the path, whose points are written transformed.
struct QrCodePath {
    QPainterPath path;
    QList<QRectF> runs;
    int modules = 0;
};

Result<QrCodePath> makeQrCodePath(const QString& text);

} // namespace entre
