#include "attendancereport.h"

#include "csvwriter.h"
#include "event/event.h"
#include "util/swedishorder.h"

#include <QCoreApplication>

#include <algorithm>

namespace entre {
namespace {

QString counts(qsizetype registered, qsizetype arrived)
{
    return QCoreApplication::translate("entre::AttendanceReport", "%1 registered, %2 arrived")
        .arg(registered)
        .arg(arrived);
}

qsizetype arrivedAmong(const QList<Attendee>& people)
{
    return std::count_if(people.begin(), people.end(),
                         [](const Attendee& person) { return person.isCheckedIn(); });
}

QString personText(const Attendee& person)
{
    if (person.lastName.isEmpty() || person.firstName.isEmpty())
        return person.fullName();
    return person.lastName + QLatin1String(", ") + person.firstName;
}

// The people of one type, organisation by organisation (those with none last).
void appendType(QList<ReportLine>& lines, OrganisationType type, QList<Attendee> people,
                const QTimeZone& zone)
{
    std::sort(people.begin(), people.end(), [](const Attendee& a, const Attendee& b) {
        if (a.organisation.isEmpty() != b.organisation.isEmpty())
            return b.organisation.isEmpty();
        if (a.organisation != b.organisation)
            return swedishLess(a.organisation, b.organisation);
        return personSortKey(a.firstName, a.lastName) < personSortKey(b.firstName, b.lastName);
    });
    const qsizetype arrived = arrivedAmong(people);
    lines.append(
        {ReportLine::Kind::Type, organisationTypeLabel(type), counts(people.size(), arrived)});
    for (qsizetype first = 0; first < people.size();) {
        qsizetype end = first;
        while (end < people.size() && people[end].organisation == people[first].organisation)
            ++end;
        const QList<Attendee> members = people.mid(first, end - first);
        const QString name =
            members.first().organisation.isEmpty()
                ? QCoreApplication::translate("entre::AttendanceReport", "(no organisation)")
                : members.first().organisation;
        lines.append(
            {ReportLine::Kind::Organisation, name, counts(members.size(), arrivedAmong(members))});
        for (const Attendee& person : members) {
            lines.append({ReportLine::Kind::Person, personText(person),
                          person.isCheckedIn() ? person.checkedInAt.toTimeZone(zone).toString(
                                                     QStringLiteral("HH:mm"))
                                               : QStringLiteral("–")});
        }
        first = end;
    }
    lines.append({ReportLine::Kind::Subtotal,
                  QCoreApplication::translate("entre::AttendanceReport", "Total, %1")
                      .arg(organisationTypeLabel(type)),
                  counts(people.size(), arrived)});
}

} // namespace

QList<ReportLine> attendanceReportLines(const QList<Attendee>& people, const QTimeZone& zone)
{
    QList<ReportLine> lines;
    for (OrganisationType type : allOrganisationTypes()) {
        QList<Attendee> ofType;
        for (const Attendee& person : people) {
            // People without an organisation count among the others.
            const OrganisationType own =
                person.organisation.isEmpty() ? OrganisationType::Other : person.organisationType;
            if (own == type)
                ofType.append(person);
        }
        if (!ofType.isEmpty())
            appendType(lines, type, ofType, zone);
    }
    lines.append({ReportLine::Kind::Total,
                  QCoreApplication::translate("entre::AttendanceReport", "Total"),
                  counts(people.size(), arrivedAmong(people))});
    return lines;
}

Result<void> exportAttendanceReportPdf(const Event& event, const QString& path)
{
    auto people = event.attendees();
    if (!people)
        return people.error();
    return csvwriter::writePrivateFile(path, attendanceReportPdf(event.info(), people.value()));
}

} // namespace entre
