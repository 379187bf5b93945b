#include "attendee.h"

namespace entre {

QString joinName(QStringView firstName, QStringView lastName)
{
    if (firstName.isEmpty())
        return lastName.toString();
    if (lastName.isEmpty())
        return firstName.toString();
    return firstName.toString() + QLatin1Char(' ') + lastName.toString();
}

QString Attendee::fullName() const
{
    return joinName(firstName, lastName);
}

} // namespace entre
