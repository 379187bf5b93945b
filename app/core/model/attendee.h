#pragma once

#include "organisationtype.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace entre {

// "First Last", or whichever of the two there is.
QString joinName(QStringView firstName, QStringView lastName);

// True for text shaped like an e-mail address; a form's placeholder ("anonymous", "-", "n/a")
// is not one and never identifies anybody.
bool isEmailAddress(QStringView text);

// A number a person is also known by besides their code: an order, ticket, attendee, barcode or
// booking number from a registration list. Any of them finds the person at the desk.
struct AttendeeIdentifier {
    QString kind; // the import field it came from: "barcode", "ticket_number", "order_number"...
    QString value;
    friend bool operator==(const AttendeeIdentifier&, const AttendeeIdentifier&) = default;
};

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
    // Filled by AttendeeRepository's reads; search results leave it empty.
    QList<AttendeeIdentifier> identifiers;

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
    QList<AttendeeIdentifier> identifiers; // written by insert; update leaves them as they are
};

} // namespace entre
