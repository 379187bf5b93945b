#pragma once

#include "model/attendee.h"
#include "model/eventinfo.h"
#include "reportline.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

class QPagedPaintDevice;

namespace entre {

class Event;

// The list a funder asks for: people grouped by organisation and organisations by type (in
// allOrganisationTypes() order), organisations and people in Swedish order, each person with the
// local time they checked in; registered and arrived for each organisation, subtotals per type
// and a total.
QList<ReportLine> attendanceReportLines(const QList<Attendee>& people,
                                        const QTimeZone& zone = QTimeZone::systemTimeZone());

// The report on A4 pages of a PDF writer or a printer ("Attendance list"): the event's name, date
// and venue at the top, the lines, then the arrivals over time (from the people's check-in
// times), and on every page "Page N of M" and when it was generated. Needs a QGuiApplication.
void paintAttendanceReport(QPagedPaintDevice& device, const EventInfo& info,
                           const QList<Attendee>& people,
                           const QDateTime& generatedAt = QDateTime::currentDateTime());

// The report as an A4 PDF.
QByteArray attendanceReportPdf(const EventInfo& info, const QList<Attendee>& people,
                               const QDateTime& generatedAt = QDateTime::currentDateTime());

// Writes the event's attendance report to path, readable by the user only.
Result<void> exportAttendanceReportPdf(const Event& event, const QString& path);

} // namespace entre
