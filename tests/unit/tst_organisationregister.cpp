// The built-in register of Swedish municipalities, regions, county councils and agencies.
#include "orgs/organisationregister.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace entre;

class TestOrganisationRegister : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void holdsTheWholeRegister();
    void classifies_data();
    void classifies();
    void findsEveryVasterbottenMunicipality_data();
    void findsEveryVasterbottenMunicipality();
};

void TestOrganisationRegister::holdsTheWholeRegister()
{
    const auto& reg = OrganisationRegister::builtIn();
    const auto municipalities = reg.entries(OrganisationType::Municipality);
    QCOMPARE(municipalities.size(), 290);
    QCOMPARE(reg.entries(OrganisationType::Region).size(), 21);
    QCOMPARE(reg.entries(OrganisationType::CountyCouncil).size(), 21);
    QVERIFY(reg.entries(OrganisationType::Agency).size() > 40);
    QSet<QString> codes;
    QSet<QString> names;
    for (const OrganisationMatch& m : municipalities) {
        QCOMPARE(m.registerCode.size(), 4);
        codes.insert(m.registerCode);
        names.insert(m.name);
        // Every municipality is found under its own name.
        QCOMPARE(reg.classify(m.name).registerCode, m.registerCode);
    }
    QCOMPARE(codes.size(), 290);
    QCOMPARE(names.size(), 290);
    // No name in the register is shadowed by another entry's name or alias.
    for (OrganisationType type : allOrganisationTypes()) {
        for (const OrganisationMatch& entry : reg.entries(type)) {
            const OrganisationMatch found = reg.classify(entry.name);
            QVERIFY2(found.name == entry.name && found.type == entry.type, qPrintable(entry.name));
        }
    }
}

void TestOrganisationRegister::classifies_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");

    const char* const cases[][4] = {
        {"Umeå kommun", "Umeå kommun", "municipality", "2480"},
        {"Umea kommun", "Umeå kommun", "municipality", "2480"},
        {"UMEÅ KOMMUN", "Umeå kommun", "municipality", "2480"},
        {"Umeå", "Umeå kommun", "municipality", "2480"},
        {"  umeå   kommun ", "Umeå kommun", "municipality", "2480"},
        {"Örnsköldsvik", "Örnsköldsviks kommun", "municipality", "2284"},
        {"Ornskoldsviks kommun", "Örnsköldsviks kommun", "municipality", "2284"},
        {"Övik", "Örnsköldsviks kommun", "municipality", "2284"},
        {"Bjurholm kommun", "Bjurholms kommun", "municipality", "2403"},
        {"Lycksele Kommun", "Lycksele kommun", "municipality", "2481"},
        {"Skellefteå", "Skellefteå kommun", "municipality", "2482"},
        {"Göteborgs stad", "Göteborgs Stad", "municipality", "1480"},
        {"Stockholm", "Stockholms stad", "municipality", "0180"},
        {"Falu kommun", "Falu kommun", "municipality", "2080"},
        {"Region Västerbotten", "Region Västerbotten", "region", "24"},
        {"Region VB", "Region Västerbotten", "region", "24"},
        {"region västerbotten", "Region Västerbotten", "region", "24"},
        {"VLL", "Västerbottens läns landsting", "county_council", "24"},
        {"Landstinget i Västerbotten", "Västerbottens läns landsting", "county_council", "24"},
        {"Västerbottens läns landsting", "Västerbottens läns landsting", "county_council", "24"},
        {"Västra Götalandsregionen", "Västra Götalandsregionen", "region", "14"},
        {"Länsstyrelsen Västerbotten", "Länsstyrelsen Västerbotten", "agency", ""},
        {"Länsstyrelsen i Västerbottens län", "Länsstyrelsen Västerbotten", "agency", ""},
        {"Tillväxtverket", "Tillväxtverket", "agency", ""},
        {"Skatteverket", "Skatteverket", "agency", ""},
        {"Försäkringskassan", "Försäkringskassan", "agency", ""},
        {"Trafikverket", "Trafikverket", "agency", ""},
        {"Arbetsförmedlingen", "Arbetsförmedlingen", "agency", ""},
        {"Polisen", "Polismyndigheten", "agency", ""},
        // Whole names only: these stay what they are.
        {"Umeå universitet", "Umeå universitet", "other", ""},
        {"Skellefteå Kraft AB", "Skellefteå Kraft AB", "company", ""},
        {"AB Volvo", "AB Volvo", "company", ""},
        {"Skanska Sverige AB (publ)", "Skanska Sverige AB (publ)", "company", ""},
        {"Hotell Lappland", "Hotell Lappland", "other", ""},
        {"Umeå Energi", "Umeå Energi", "other", ""},
        {"Region Västerbotten IT", "Region Västerbotten IT", "other", ""},
        {"Kommunal", "Kommunal", "other", ""},
    };
    for (const auto& row : cases) {
        QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1])
                              << QString::fromLatin1(row[2]) << QString::fromLatin1(row[3]);
    }
}

void TestOrganisationRegister::classifies()
{
    QFETCH(QString, given);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, code);
    const OrganisationMatch match = OrganisationRegister::builtIn().classify(given);
    QCOMPARE(match.name, name);
    QCOMPARE(organisationTypeKey(match.type), type);
    QCOMPARE(match.registerCode, code);
    QCOMPARE(match.recognised, type != QLatin1String("other") && type != QLatin1String("company"));
}

void TestOrganisationRegister::findsEveryVasterbottenMunicipality_data()
{
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    const char* const municipalities[][3] = {
        {"Nordmaling", "Nordmalings kommun", "2401"},
        {"Bjurholm", "Bjurholms kommun", "2403"},
        {"Vindeln", "Vindelns kommun", "2404"},
        {"Robertsfors", "Robertsfors kommun", "2409"},
        {"Norsjö", "Norsjö kommun", "2417"},
        {"Malå", "Malå kommun", "2418"},
        {"Storuman", "Storumans kommun", "2421"},
        {"Sorsele", "Sorsele kommun", "2422"},
        {"Dorotea", "Dorotea kommun", "2425"},
        {"Vännäs", "Vännäs kommun", "2460"},
        {"Vilhelmina", "Vilhelmina kommun", "2462"},
        {"Åsele", "Åsele kommun", "2463"},
        {"Umeå", "Umeå kommun", "2480"},
        {"Lycksele", "Lycksele kommun", "2481"},
        {"Skellefteå", "Skellefteå kommun", "2482"},
    };
    for (const auto& row : municipalities) {
        QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1])
                              << QString::fromLatin1(row[2]);
    }
}

void TestOrganisationRegister::findsEveryVasterbottenMunicipality()
{
    QFETCH(QString, shortName);
    QFETCH(QString, name);
    QFETCH(QString, code);
    // Ascii without accents, upper case, with "kommun", with a genitive s, as the register has it.
    const QString ascii = shortName.normalized(QString::NormalizationForm_D)
                              .remove(QRegularExpression(QStringLiteral("[^\\x{0000}-\\x{007F}]")));
    const QStringList spellings = {shortName,
                                   name,
                                   shortName.toUpper(),
                                   ascii,
                                   ascii + QStringLiteral(" kommun"),
                                   shortName + QStringLiteral(" kommun"),
                                   shortName + QStringLiteral("s kommun"),
                                   name.toUpper(),
                                   name.toLower()};
    for (const QString& spelling : spellings) {
        const OrganisationMatch match = OrganisationRegister::builtIn().classify(spelling);
        QVERIFY2(match.recognised, qPrintable(spelling));
        QCOMPARE(match.name, name);
        QCOMPARE(match.type, OrganisationType::Municipality);
        QCOMPARE(match.registerCode, code);
    }
}

QTEST_GUILESS_MAIN(TestOrganisationRegister)
#include "tst_organisationregister.moc"
