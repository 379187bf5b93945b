#pragma once

#include "model/attendee.h"
#include "util/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace entre {

class Event;

// The lists of people the organiser takes away after the doors close.
enum class AttendeeList {
    Attendance, // everyone registered: name, organisation, type, arrived, check-in time, station
    NoShows,    // those who did not arrive: name, organisation, type
};

// The columns and rows of a list, computed once for every format that writes it.
struct AttendeeTable {
    QStringList header;
    QList<QStringList> rows;
};

// The list's header and one row per person it holds; check-in times in the given zone.
AttendeeTable attendeeTable(AttendeeList list, const QList<Attendee>& people,
                            const QTimeZone& zone = QTimeZone::systemTimeZone());

// The list as CSV (see csvwriter.h), with a header row; check-in times in the given zone.
QByteArray attendeeListCsv(AttendeeList list, const QList<Attendee>& people, QChar delimiter = u';',
                           const QTimeZone& zone = QTimeZone::systemTimeZone());

// Writes the event's list to path as CSV, readable by the user only. Reads the event and
// changes nothing, so it works on an event opened read-only.
Result<void> exportAttendeeListCsv(const Event& event, AttendeeList list, const QString& path,
                                   QChar delimiter = u';');

// The list as an .xlsx workbook (see xlsxwriter.h) with the same columns as the CSV.
QByteArray attendeeListXlsx(AttendeeList list, const QList<Attendee>& people,
                            const QTimeZone& zone = QTimeZone::systemTimeZone());

// Writes the event's list to path as .xlsx, readable by the user only; reads the event only.
Result<void> exportAttendeeListXlsx(const Event& event, AttendeeList list, const QString& path);

} // namespace entre
