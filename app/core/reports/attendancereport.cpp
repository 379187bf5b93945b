#include "attendancereport.h"

#include "csvwriter.h"
#include "event/event.h"
#include "reportgroups.h"

#include <QCoreApplication>

namespace entre {
namespace {

QString counts(qsizetype registered, qsizetype arrived)
{
    return QCoreApplication::translate("entre::AttendanceReport", "%1 registered, %2 arrived")
        .arg(registered)
        .arg(arrived);
}

void appendType(QList<ReportLine>& lines, const TypeGroup& group, const QTimeZone& zone)
{
    const QString label = organisationTypeLabel(group.type);
    lines.append({ReportLine::Kind::Type, label, counts(group.registered(), group.arrived())});
    for (const OrganisationGroup& organisation : group.organisations) {
        lines.append({ReportLine::Kind::Organisation, organisation.name,
                      counts(organisation.people.size(), arrivedAmong(organisation.people))});
        for (const Attendee& person : organisation.people) {
            lines.append({ReportLine::Kind::Person, reportPersonName(person),
                          person.isCheckedIn() ? person.checkedInAt.toTimeZone(zone).toString(
                                                     QStringLiteral("HH:mm"))
                                               : QStringLiteral("–")});
        }
    }
    lines.append({ReportLine::Kind::Subtotal,
                  QCoreApplication::translate("entre::AttendanceReport", "Total, %1").arg(label),
                  counts(group.registered(), group.arrived())});
}

} // namespace

QList<ReportLine> attendanceReportLines(const QList<Attendee>& people, const QTimeZone& zone)
{
    QList<ReportLine> lines;
    for (const TypeGroup& group : groupByTypeAndOrganisation(people))
        appendType(lines, group, zone);
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
