#include "attendee.h"

#include <algorithm>

namespace entre {

QString joinName(QStringView firstName, QStringView lastName)
{
    if (firstName.isEmpty())
        return lastName.toString();
    if (lastName.isEmpty())
        return firstName.toString();
    return firstName.toString() + QLatin1Char(' ') + lastName.toString();
}

// Something, one @, and a domain with a dot that has something on both sides; no white space.
// Written out rather than as a regular expression: the import asks it of every row, on two
// threads at once.
bool isEmailAddress(QStringView text)
{
    const QStringView address = text.trimmed();
    const qsizetype at = address.indexOf(u'@');
    if (at < 1 || address.indexOf(u'@', at + 1) >= 0)
        return false;
    if (std::any_of(address.begin(), address.end(), [](QChar c) { return c.isSpace(); }))
        return false;
    const QStringView domain = address.mid(at + 1);
    const qsizetype dot = domain.indexOf(u'.', 1);
    return dot >= 1 && dot < domain.size() - 1;
}

QString Attendee::fullName() const
{
    return joinName(firstName, lastName);
}

} // namespace entre
