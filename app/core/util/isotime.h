#pragma once

#include <QDateTime>
#include <QString>

namespace entre {

// Times are stored and exchanged as ISO 8601 in UTC with milliseconds: 2026-06-15T06:42:10.123Z.
QString toIsoUtc(const QDateTime& time);
QDateTime fromIsoUtc(const QString& text);
QString nowIsoUtc();

} // namespace entre
