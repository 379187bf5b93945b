#pragma once

#include "model/attendee.h"
#include "model/organisationtype.h"

#include <QString>

namespace entre {

// The fields one badge shows, taken from an attendee and the event.
struct BadgeContent {
    QString firstName;
    QString lastName;
    QString organisation;
    OrganisationType organisationType = OrganisationType::Other;
    QString title;
    QString code;
    QString eventName;

    static BadgeContent fromAttendee(const Attendee& attendee, const QString& eventName);
    QString fullName() const;
};

} // namespace entre
