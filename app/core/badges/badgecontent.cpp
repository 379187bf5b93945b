#include "badgecontent.h"

namespace entre {

BadgeContent BadgeContent::fromAttendee(const Attendee& attendee, const QString& eventName)
{
    BadgeContent content;
    content.firstName = attendee.firstName.simplified();
    content.lastName = attendee.lastName.simplified();
    content.organisation = attendee.organisation.simplified();
    content.organisationType = attendee.organisationType;
    content.title = attendee.title.simplified();
    content.code = attendee.code.trimmed();
    content.eventName = eventName.simplified();
    return content;
}

QString BadgeContent::fullName() const
{
    return joinName(firstName, lastName);
}

} // namespace entre
