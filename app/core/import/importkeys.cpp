#include "importkeys.h"

#include "store/attendeeeditor.h"
#include "util/simplifiedtext.h"
#include "util/textfold.h"

namespace entre {

namespace ImportKeys {

QString id(const QString& value)
{
    return simplifiedText(value).toLower();
}

QString nameAndOrganisation(const AttendeeDetails& details, qint64 organisationId)
{
    return withOrganisation(names(details), organisationId);
}

QString names(const AttendeeDetails& details)
{
    return FoldedName(details).names();
}

QString withOrganisation(const QString& names, qint64 organisationId)
{
    return names + QString::number(organisationId);
}

QString person(const QString& firstName, const QString& lastName)
{
    return foldForMatching(QString(firstName + QLatin1Char(' ') + lastName));
}

FoldedName::FoldedName(const AttendeeDetails& details)
    : first(foldForMatching(details.firstName))
    , last(foldForMatching(details.lastName))
{}

QString FoldedName::names() const
{
    return first + QLatin1Char('\x1f') + last + QLatin1Char('\x1f');
}

// As person() folds the two with a space between: folding drops white space at either end.
QString FoldedName::person() const
{
    if (first.isEmpty() || last.isEmpty())
        return first + last;
    return first + QLatin1Char(' ') + last;
}

QString emailAndName(const QString& email, const QString& name)
{
    return email.toLower() + QLatin1Char('\x1f') + name;
}

quint64 hash(const QString& key)
{
    // A fixed seed: the same key has the same hash in every pass over the list.
    constexpr size_t seed = 0x9e3779b97f4a7c15ULL;
    return quint64(qHash(QStringView(key), seed));
}

} // namespace ImportKeys

void EventIndex::add(qsizetype index)
{
    const Attendee& a = people.at(index);
    byCode.insert(ImportKeys::id(a.code), index);
    for (const AttendeeIdentifier& identifier : a.identifiers) {
        const QString key = ImportKeys::id(identifier.value);
        auto it = byIdentifier.constFind(key);
        if (it != byIdentifier.cend() && it.value() != index)
            sharedIdentifiers.insert(key);
        byIdentifier.insert(key, index);
    }
    if (isEmailAddress(a.email)) {
        byEmailAndName.insert(
            ImportKeys::emailAndName(a.email, ImportKeys::person(a.firstName, a.lastName)), index);
        byEmail.insert(a.email.toLower(), index);
    }
    byName.insert(ImportKeys::nameAndOrganisation(detailsOf(a), a.organisationId), index);
}

qsizetype EventIndex::byKey(const QString& key) const
{
    if (auto it = byCode.constFind(key); it != byCode.cend())
        return it.value();
    if (sharedIdentifiers.contains(key))
        return -1;
    return byIdentifier.value(key, -1);
}

} // namespace entre
