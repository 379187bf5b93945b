#include "organisationregister.h"

#include "util/textfold.h"

#include <QFile>
#include <QStringList>

namespace entre {
namespace {

// Words that name what a municipality is rather than which one it is.
bool isMunicipalityWord(QStringView word)
{
    return word == QLatin1String("kommun") || word == QLatin1String("kommuns") ||
           word == QLatin1String("stad") || word == QLatin1String("stads");
}

} // namespace

OrganisationRegister::OrganisationRegister()
{
    load(QStringLiteral(":/orgs/municipalities.csv"), OrganisationType::Municipality);
    load(QStringLiteral(":/orgs/regions.csv"), OrganisationType::Region);
    load(QStringLiteral(":/orgs/countycouncils.csv"), OrganisationType::CountyCouncil);
    load(QStringLiteral(":/orgs/agencies.csv"), OrganisationType::Agency);
}

const OrganisationRegister& OrganisationRegister::builtIn()
{
    static const OrganisationRegister instance;
    return instance;
}

// Each line: code;name;alias|alias. Lines starting with # are comments.
void OrganisationRegister::load(const QString& resource, OrganisationType type)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u';');
        if (parts.size() < 2)
            continue;
        const qsizetype entry = m_entries.size();
        m_entries.append({parts.at(1).trimmed(), type, parts.at(0).trimmed(), true});
        addKey(parts.at(1), entry);
        if (parts.size() > 2) {
            const QStringList aliases = parts.at(2).split(u'|', Qt::SkipEmptyParts);
            for (const QString& alias : aliases)
                addKey(alias, entry);
        }
    }
}

void OrganisationRegister::addKey(const QString& name, qsizetype entry)
{
    const QString exact = matchKey(name, false);
    if (!exact.isEmpty() && !m_exact.contains(exact))
        m_exact.insert(exact, entry);
    const QString folded = matchKey(name);
    if (!folded.isEmpty() && !m_folded.contains(folded))
        m_folded.insert(folded, entry);
}

QString OrganisationRegister::matchKey(QStringView name, bool foldAccents)
{
    QString folded =
        foldAccents ? foldForMatching(name) : name.toString().simplified().toCaseFolded();
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1 && isMunicipalityWord(words.constLast()))
        words.removeLast();
    return words.join(u' ');
}

bool OrganisationRegister::looksLikeCompany(QStringView name)
{
    static const QStringList legalForms = {
        QStringLiteral("ab"),   QStringLiteral("hb"),  QStringLiteral("kb"),
        QStringLiteral("ltd"),  QStringLiteral("inc"), QStringLiteral("gmbh"),
        QStringLiteral("oy"),   QStringLiteral("as"),  QStringLiteral("asa"),
        QStringLiteral("llc"),  QStringLiteral("plc"), QStringLiteral("aktiebolag"),
        QStringLiteral("corp"), QStringLiteral("bv"),  QStringLiteral("aps")};
    QStringList words = matchKey(name).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.constLast() == QLatin1String("publ"))
        words.removeLast();
    if (words.size() < 2)
        return false;
    return legalForms.contains(words.constLast()) || words.constFirst() == QLatin1String("ab") ||
           words.contains(QLatin1String("aktiebolag"));
}

qsizetype OrganisationRegister::find(const QHash<QString, qsizetype>& index, const QString& key)
{
    if (auto it = index.constFind(key); it != index.cend())
        return it.value();
    // A genitive s: "Bjurholms", "Länsstyrelsen Västerbottens".
    if (key.size() > 3 && key.endsWith(u's')) {
        if (auto it = index.constFind(key.chopped(1)); it != index.cend())
            return it.value();
    }
    return -1;
}

OrganisationMatch OrganisationRegister::classify(QStringView name) const
{
    const QString given = name.toString().simplified();
    qsizetype entry = find(m_exact, matchKey(given, false));
    if (entry < 0)
        entry = find(m_folded, matchKey(given));
    if (entry >= 0)
        return m_entries.at(entry);
    OrganisationMatch match;
    match.name = given;
    if (looksLikeCompany(given))
        match.type = OrganisationType::Company;
    return match;
}

QList<OrganisationMatch> OrganisationRegister::entries(OrganisationType type) const
{
    QList<OrganisationMatch> result;
    for (const OrganisationMatch& entry : m_entries) {
        if (entry.type == type)
            result.append(entry);
    }
    return result;
}

} // namespace entre
