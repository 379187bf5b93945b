#include "noshowreport.h"

#include "csvwriter.h"
#include "event/event.h"
#include "reportgroups.h"
#include "reportpages.h"

#include <QCoreApplication>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct NoShowReportText {
    Q_DECLARE_TR_FUNCTIONS(entre::NoShowReport)
};

QString missing(qsizetype registered, qsizetype arrived)
{
    return NoShowReportText::tr("%1 of %2 did not arrive")
        .arg(registered - arrived)
        .arg(registered);
}

void appendType(QList<ReportLine>& lines, const TypeGroup& group)
{
    const QString label = organisationTypeLabel(group.type);
    lines.append({ReportLine::Kind::Type, label, missing(group.registered(), group.arrived())});
    for (const OrganisationGroup& organisation : group.organisations) {
        const qsizetype arrived = arrivedAmong(organisation.people);
        if (arrived == organisation.people.size())
            continue;
        lines.append({ReportLine::Kind::Organisation, organisation.name,
                      missing(organisation.people.size(), arrived)});
        for (const Attendee& person : organisation.people) {
            if (!person.isCheckedIn())
                lines.append({ReportLine::Kind::Person, reportPersonName(person), QString()});
        }
    }
    lines.append({ReportLine::Kind::Subtotal,
                  QCoreApplication::translate("entre::AttendanceReport", "Total, %1").arg(label),
                  missing(group.registered(), group.arrived())});
}

} // namespace

QList<ReportLine> noShowReportLines(const QList<Attendee>& people)
{
    QList<ReportLine> lines;
    for (const TypeGroup& group : groupByTypeAndOrganisation(people)) {
        if (group.arrived() < group.registered())
            appendType(lines, group);
    }
    lines.append({ReportLine::Kind::Total,
                  QCoreApplication::translate("entre::AttendanceReport", "Total"),
                  missing(people.size(), arrivedAmong(people))});
    return lines;
}

void paintNoShowReport(QPagedPaintDevice& device, const EventInfo& info,
                       const QList<Attendee>& people, const QDateTime& generatedAt)
{
    reportpages::paint(device, {NoShowReportText::tr("No-show list"), info, generatedAt},
                       reportpages::lineBlocks(noShowReportLines(people)));
}

QByteArray noShowReportPdf(const EventInfo& info, const QList<Attendee>& people,
                           const QDateTime& generatedAt)
{
    return reportpages::pdf(
        NoShowReportText::tr("No-show list") + QStringLiteral(" – ") + info.name,
        [&](QPagedPaintDevice& device) { paintNoShowReport(device, info, people, generatedAt); });
}

Result<void> exportNoShowReportPdf(const Event& event, const QString& path)
{
    auto people = event.attendees();
    if (!people)
        return people.error();
    return csvwriter::writePrivateFile(path, noShowReportPdf(event.info(), people.value()));
}

} // namespace entre
