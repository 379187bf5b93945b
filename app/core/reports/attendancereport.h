#pragma once

#include "model/attendee.h"
#include "model/eventinfo.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace entre {

class Event;

// One line of the attendance report, from the top of the list down.
struct ReportLine {
    enum class Kind {
        Type,         // a type of organisation, with its people's counts
        Organisation, // an organisation, with its counts
        Person,       // "Last, First" and the check-in time, or a dash
        Subtotal,     // the counts of a type
        Total,        // the counts of the whole event
    };
    Kind kind = Kind::Person;
    QString text;
    QString detail; // right-aligned: counts or the check-in time
};

// The list a funder asks for: people grouped by organisation and organisations by type (in
// allOrganisationTypes() order), organisations and people in Swedish order, each person with the
// local time they checked in; registered and arrived for each organisation, subtotals per type
// and a total.
QList<ReportLine> attendanceReportLines(const QList<Attendee>& people,
                                        const QTimeZone& zone = QTimeZone::systemTimeZone());

// The report as an A4 PDF ("Attendance list"): the event's name, date and venue at the top, the
// lines, and on every page "Page N of M" and when it was generated. Needs a QGuiApplication.
QByteArray attendanceReportPdf(const EventInfo& info, const QList<Attendee>& people,
                               const QDateTime& generatedAt = QDateTime::currentDateTime());

// Writes the event's attendance report to path, readable by the user only.
Result<void> exportAttendanceReportPdf(const Event& event, const QString& path);

} // namespace entre
