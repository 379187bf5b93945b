#include "attendeeexport.h"

#include "csvwriter.h"
#include "event/event.h"

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

} // namespace

QByteArray attendeeListCsv(AttendeeList list, const QList<Attendee>& people, QChar delimiter,
                           const QTimeZone& zone)
{
    QList<QStringList> rows{header(list)};
    rows.reserve(people.size() + 1);
    for (const Attendee& person : people) {
        if (list == AttendeeList::NoShows && person.isCheckedIn())
            continue;
        rows.append(row(list, person, zone));
    }
    return csvwriter::document(rows, delimiter);
}

Result<void> exportAttendeeListCsv(const Event& event, AttendeeList list, const QString& path,
                                   QChar delimiter)
{
    auto people = event.attendees(list == AttendeeList::NoShows ? ArrivalFilter::Missing
                                                                : ArrivalFilter::Everyone);
    if (!people)
        return people.error();
    return csvwriter::writePrivateFile(path, attendeeListCsv(list, people.value(), delimiter));
}

} // namespace entre
