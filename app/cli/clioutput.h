#pragma once

#include "model/attendee.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace entre::cli {

// What the commands print on stdout: lines of text, or JSON for scripts.
void printLine(const QString& text);
void printJson(const QJsonValue& value);

QJsonObject attendeeToJson(const Attendee& attendee);

} // namespace entre::cli
