#include "attendeeexport.h"

#include "csvwriter.h"
#include "event/event.h"
#include "xlsxwriter.h"

#include <QCoreApplication>

namespace entre {
namespace {

QStringList header(AttendeeList list)
{
    QStringList columns{
        QCoreApplication::translate("entre::AttendeeExport", "Name"),
        QCoreApplication::translate("entre::AttendeeExport", "Organisation"),
        QCoreApplication::translate("entre::AttendeeExport", "Type of organisation")};
    if (list == AttendeeList::Attendance)
        columns << QCoreApplication::translate("entre::AttendeeExport", "Arrived")
                << QCoreApplication::translate("entre::AttendeeExport", "Check-in time")
                << QCoreApplication::translate("entre::AttendeeExport", "Station");
    return columns;
}

QStringList row(AttendeeList list, const Attendee& person, const QTimeZone& zone)
{
    QStringList fields{
        person.fullName(), person.organisation,
        person.organisation.isEmpty() ? QString() : organisationTypeLabel(person.organisationType)};
    if (list == AttendeeList::Attendance) {
        const bool arrived = person.isCheckedIn();
        fields << (arrived ? QCoreApplication::translate("entre::AttendeeExport", "Yes")
                           : QCoreApplication::translate("entre::AttendeeExport", "No"))
               << (arrived ? person.checkedInAt.toTimeZone(zone).toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                           : QString())
               << (arrived ? person.checkedInStation : QString());
    }
    return fields;
}

QString sheetName(AttendeeList list)
{
    return list == AttendeeList::Attendance
               ? QCoreApplication::translate("entre::AttendeeExport", "Attendance")
               : QCoreApplication::translate("entre::AttendeeExport", "No-shows");
}

Result<QList<Attendee>> listedPeople(const Event& event, AttendeeList list)
{
    return event.attendees(list == AttendeeList::NoShows ? ArrivalFilter::Missing
                                                         : ArrivalFilter::Everyone);
}

} // namespace

AttendeeTable attendeeTable(AttendeeList list, const QList<Attendee>& people, const QTimeZone& zone)
{
    AttendeeTable table{header(list), {}};
    table.rows.reserve(people.size());
    for (const Attendee& person : people) {
        if (list == AttendeeList::NoShows && person.isCheckedIn())
            continue;
        table.rows.append(row(list, person, zone));
    }
    return table;
}

QByteArray attendeeListCsv(AttendeeList list, const QList<Attendee>& people, QChar delimiter,
                           const QTimeZone& zone)
{
    AttendeeTable table = attendeeTable(list, people, zone);
    table.rows.prepend(table.header);
    return csvwriter::document(table.rows, delimiter);
}

QByteArray attendeeListXlsx(AttendeeList list, const QList<Attendee>& people, const QTimeZone& zone)
{
    const AttendeeTable table = attendeeTable(list, people, zone);
    return xlsxWorkbook(sheetName(list), table.header, table.rows);
}

Result<void> exportAttendeeListCsv(const Event& event, AttendeeList list, const QString& path,
                                   QChar delimiter)
{
    auto people = listedPeople(event, list);
    if (!people)
        return people.error();
    return csvwriter::writePrivateFile(path, attendeeListCsv(list, people.value(), delimiter));
}

Result<void> exportAttendeeListXlsx(const Event& event, AttendeeList list, const QString& path)
{
    auto people = listedPeople(event, list);
    if (!people)
        return people.error();
    const AttendeeTable table = attendeeTable(list, people.value());
    return writeXlsxFile(path, sheetName(list), table.header, table.rows);
}

} // namespace entre
