#include "reportgroups.h"

#include "util/swedishorder.h"

#include <QCoreApplication>

#include <algorithm>

namespace entre {
namespace {

// People without an organisation count among the others.
OrganisationType typeOf(const Attendee& person)
{
    return person.organisation.isEmpty() ? OrganisationType::Other : person.organisationType;
}

// One type's people, organisation by organisation (those with none last).
QList<OrganisationGroup> byOrganisation(QList<Attendee> people)
{
    std::sort(people.begin(), people.end(), [](const Attendee& a, const Attendee& b) {
        if (a.organisation.isEmpty() != b.organisation.isEmpty())
            return b.organisation.isEmpty();
        if (a.organisation != b.organisation)
            return swedishLess(a.organisation, b.organisation);
        return personSortKey(a.firstName, a.lastName) < personSortKey(b.firstName, b.lastName);
    });
    QList<OrganisationGroup> groups;
    for (const Attendee& person : people) {
        if (groups.isEmpty() || groups.last().people.first().organisation != person.organisation) {
            const QString name =
                person.organisation.isEmpty()
                    ? QCoreApplication::translate("entre::AttendanceReport", "(no organisation)")
                    : person.organisation;
            groups.append({name, {}});
        }
        groups.last().people.append(person);
    }
    return groups;
}

} // namespace

qsizetype TypeGroup::registered() const
{
    qsizetype count = 0;
    for (const OrganisationGroup& organisation : organisations)
        count += organisation.people.size();
    return count;
}

qsizetype TypeGroup::arrived() const
{
    qsizetype count = 0;
    for (const OrganisationGroup& organisation : organisations)
        count += arrivedAmong(organisation.people);
    return count;
}

QList<TypeGroup> groupByTypeAndOrganisation(const QList<Attendee>& people)
{
    QList<TypeGroup> groups;
    for (OrganisationType type : allOrganisationTypes()) {
        QList<Attendee> ofType;
        for (const Attendee& person : people) {
            if (typeOf(person) == type)
                ofType.append(person);
        }
        if (!ofType.isEmpty())
            groups.append({type, byOrganisation(ofType)});
    }
    return groups;
}

qsizetype arrivedAmong(const QList<Attendee>& people)
{
    return std::count_if(people.begin(), people.end(),
                         [](const Attendee& person) { return person.isCheckedIn(); });
}

QString reportPersonName(const Attendee& person)
{
    if (person.lastName.isEmpty() || person.firstName.isEmpty())
        return person.fullName();
    return person.lastName + QLatin1String(", ") + person.firstName;
}

} // namespace entre
