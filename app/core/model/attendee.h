#pragma once

#include "organisationtype.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace entre {

// "First Last", or whichever of the two there is.
QString joinName(QStringView firstName, QStringView lastName);

// One registered person as the store knows them, with their current check-in state.
struct Attendee {
    qint64 id = 0;
    QString code;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    qint64 organisationId = 0;
    QString organisation;
    OrganisationType organisationType = OrganisationType::Other;
    QString title;
    QString diet;
    QString notes;
    QVariantMap extra;     // columns of the registration list that have no field of their own
    QDateTime checkedInAt; // UTC; invalid when not checked in
    QString checkedInStation;
    QDateTime badgePrintedAt; // UTC; invalid when never printed

    bool isCheckedIn() const { return checkedInAt.isValid(); }
    QString fullName() const;
};

// The fields a person is registered with, as an import or the walk-in form gives them.
struct AttendeeDetails {
    QString code; // empty: the store generates one
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString organisation;
    QString title;
    QString diet;
    QString notes;
    QVariantMap extra;
};

} // namespace entre
