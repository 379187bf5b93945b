#pragma once

#include "model/organisationtype.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace entre {

// What the built-in register knows of an organisation's name.
struct OrganisationMatch {
    QString name; // canonical name when recognised ("Umeå kommun"), else the name as given
    OrganisationType type = OrganisationType::Other;
    QString registerCode; // SCB code of a municipality or region; empty otherwise
    bool recognised = false;
};

// Sweden's municipalities and regions, the county councils and state agencies, with aliases,
// read from the data files under resources/orgs. Matches whole names only, folding case and
// accents and ignoring "kommun"/"stad" and a genitive s, so "Umea kommun" and "UMEÅ" are Umeå
// kommun while "Umeå universitet" is not.
class OrganisationRegister {
public:
    static const OrganisationRegister& builtIn();
    OrganisationMatch classify(QStringView name) const;

    QList<OrganisationMatch> entries(OrganisationType type) const;
    // The form names are compared in: "Umeå kommuns" -> "umea kommuns" -> "umea". Without
    // accent folding first, so that Håbo and Habo stay two municipalities.
    static QString matchKey(QStringView name, bool foldAccents = true);
    // "Skellefteå Kraft AB", "Acme Ltd": a company by its legal form.
    static bool looksLikeCompany(QStringView name);

private:
    OrganisationRegister();
    void load(const QString& resource, OrganisationType type);
    void addKey(const QString& name, qsizetype entry);
    static qsizetype find(const QHash<QString, qsizetype>& index, const QString& key);

    QList<OrganisationMatch> m_entries;
    QHash<QString, qsizetype> m_exact;  // case folded
    QHash<QString, qsizetype> m_folded; // case and accents folded
};

} // namespace entre
