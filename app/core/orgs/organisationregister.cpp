#include "organisationregister.h"

namespace entre {

const OrganisationRegister& OrganisationRegister::builtIn()
{
    static const OrganisationRegister instance;
    return instance;
}

OrganisationMatch OrganisationRegister::classify(QStringView name) const
{
    OrganisationMatch match;
    match.name = name.trimmed().toString();
    if (match.name.endsWith(QLatin1String(" AB")) || match.name.startsWith(QLatin1String("AB ")))
        match.type = OrganisationType::Company;
    return match;
}

} // namespace entre
