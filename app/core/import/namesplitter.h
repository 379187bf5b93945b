#pragma once

#include <QString>

namespace entre {

struct PersonName {
    QString first;
    QString last;
};

// Splits a name given in one column: "Efternamn, Förnamn" at the comma, otherwise the last
// word is the last name, together with particles before it ("Ebba von Sydow", "Jan de Vries").
PersonName splitFullName(const QString& fullName);

} // namespace entre
