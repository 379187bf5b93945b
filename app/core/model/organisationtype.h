#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace entre {

enum class OrganisationType { Municipality, Region, CountyCouncil, Agency, Company, Other };

// The stable key stored in the event file and printed in JSON ("municipality", "county_council",
// ...).
QString organisationTypeKey(OrganisationType type);
std::optional<OrganisationType> organisationTypeFromKey(QStringView key);
// The name shown to people, translated.
QString organisationTypeLabel(OrganisationType type);
QList<OrganisationType> allOrganisationTypes();

} // namespace entre
