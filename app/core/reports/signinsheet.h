#pragma once

#include "model/attendee.h"
#include "model/eventinfo.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace entre {

class Event;

// The sign-in sheet some funders ask for, printed before the day ("Sign-in sheet"): the
// registered people of each organisation, grouped by type of organisation as in the attendance
// list, organisations and people in Swedish order, each organisation from a new page so that its
// sheet can be signed and filed on its own. Columns: name, title (when anyone has one) and a
// ruled signature column; the event's name, date and venue at the top and "Page N of M" and when
// it was generated on every page. Needs a QGuiApplication.
void paintSignInSheet(QPagedPaintDevice& device, const EventInfo& info,
                      const QList<Attendee>& people,
                      const QDateTime& generatedAt = QDateTime::currentDateTime());

// The sheet as an A4 PDF.
QByteArray signInSheetPdf(const EventInfo& info, const QList<Attendee>& people,
                          const QDateTime& generatedAt = QDateTime::currentDateTime());

// Writes the event's sign-in sheet to path, readable by the user only.
Result<void> exportSignInSheetPdf(const Event& event, const QString& path);

} // namespace entre
