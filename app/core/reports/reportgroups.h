#pragma once

#include "model/attendee.h"
#include "model/organisationtype.h"

#include <QList>
#include <QString>

namespace entre {

// The people of one organisation, in Swedish order of last name, first name.
struct OrganisationGroup {
    QString name; // as shown: the organisation, or "(no organisation)"
    QList<Attendee> people;
};

// The organisations of one type, in Swedish order, those without one last.
struct TypeGroup {
    OrganisationType type = OrganisationType::Other;
    QList<OrganisationGroup> organisations;

    qsizetype registered() const;
    qsizetype arrived() const;
};

// People grouped as every printed report groups them: by type of organisation in
// allOrganisationTypes() order (types nobody has left out), then by organisation. People without
// an organisation count among the others.
QList<TypeGroup> groupByTypeAndOrganisation(const QList<Attendee>& people);

qsizetype arrivedAmong(const QList<Attendee>& people);

// "Last, First", or the full name when either part is missing.
QString reportPersonName(const Attendee& person);

} // namespace entre
