#pragma once

#include "model/attendee.h"
#include "model/eventinfo.h"
#include "reportline.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace entre {

class Event;

// The people who registered and did not arrive, grouped as in the attendance list (type of
// organisation, organisation, Swedish order); each organisation, type and the event with how
// many of its registered did not arrive. Organisations where everyone came are left out.
// people is everyone registered: the counts need those who came too.
QList<ReportLine> noShowReportLines(const QList<Attendee>& people);

// The no-show list on A4 pages of a PDF writer or a printer ("No-shows"), with the event's name,
// date and venue at the top and "Page N of M" and when it was generated on every page. Needs a
// QGuiApplication.
void paintNoShowReport(QPagedPaintDevice& device, const EventInfo& info,
                       const QList<Attendee>& people,
                       const QDateTime& generatedAt = QDateTime::currentDateTime());

// The list as an A4 PDF.
QByteArray noShowReportPdf(const EventInfo& info, const QList<Attendee>& people,
                           const QDateTime& generatedAt = QDateTime::currentDateTime());

// Writes the event's no-show list to path as PDF, readable by the user only.
Result<void> exportNoShowReportPdf(const Event& event, const QString& path);

} // namespace entre
