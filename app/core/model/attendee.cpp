#include "attendee.h"

#include <QRegularExpression>

namespace entre {

QString joinName(QStringView firstName, QStringView lastName)
{
    if (firstName.isEmpty())
        return lastName.toString();
    if (lastName.isEmpty())
        return firstName.toString();
    return firstName.toString() + QLatin1Char(' ') + lastName.toString();
}

bool isEmailAddress(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

QString Attendee::fullName() const
{
    return joinName(firstName, lastName);
}

} // namespace entre
