#pragma once

#include "model/organisationtype.h"

#include <QString>
#include <QStringView>

namespace entre {

// What the built-in register knows of an organisation's name.
struct OrganisationMatch {
    QString name;          // canonical name when recognised ("Umeå kommun"), else the name as given
    OrganisationType type = OrganisationType::Other;
    QString registerCode;  // SCB code of a municipality or region; empty otherwise
    bool recognised = false;
};

// Sweden's municipalities and regions, the county councils and state agencies, with aliases.
// Matches whole names only, so "Umeå universitet" is not Umeå kommun.
class OrganisationRegister {
public:
    static const OrganisationRegister& builtIn();
    OrganisationMatch classify(QStringView name) const;

private:
    OrganisationRegister() = default;
};

} // namespace entre
