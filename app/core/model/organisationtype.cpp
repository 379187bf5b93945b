#include "organisationtype.h"

#include <QCoreApplication>

namespace entre {

QString organisationTypeKey(OrganisationType type)
{
    switch (type) {
    case OrganisationType::Municipality:
        return QStringLiteral("municipality");
    case OrganisationType::Region:
        return QStringLiteral("region");
    case OrganisationType::CountyCouncil:
        return QStringLiteral("county_council");
    case OrganisationType::Agency:
        return QStringLiteral("agency");
    case OrganisationType::Company:
        return QStringLiteral("company");
    case OrganisationType::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<OrganisationType> organisationTypeFromKey(QStringView key)
{
    for (OrganisationType type : allOrganisationTypes()) {
        if (organisationTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QString organisationTypeLabel(OrganisationType type)
{
    switch (type) {
    case OrganisationType::Municipality:
        return QCoreApplication::translate("entre::OrganisationType", "Municipality");
    case OrganisationType::Region:
        return QCoreApplication::translate("entre::OrganisationType", "Region");
    case OrganisationType::CountyCouncil:
        return QCoreApplication::translate("entre::OrganisationType", "County council");
    case OrganisationType::Agency:
        return QCoreApplication::translate("entre::OrganisationType", "State agency");
    case OrganisationType::Company:
        return QCoreApplication::translate("entre::OrganisationType", "Company");
    case OrganisationType::Other:
        break;
    }
    return QCoreApplication::translate("entre::OrganisationType", "Other");
}

QList<OrganisationType> allOrganisationTypes()
{
    return {OrganisationType::Municipality,  OrganisationType::Region,
            OrganisationType::CountyCouncil, OrganisationType::Agency,
            OrganisationType::Company,       OrganisationType::Other};
}

} // namespace entre
