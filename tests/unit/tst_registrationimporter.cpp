// Importing into an event: counts, merging on re-import, rejections and refusals.
#include "import/registrationimporter.h"
#include "import/rejectedrowscsv.h"
#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"
#include "store/organisationrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

class TestRegistrationImporter : public QObject {
    Q_OBJECT

private:
    static QString dataFile(const QString& name)
    {
        return QDir(qEnvironmentVariable("ENTRE_TEST_DATA")).filePath(name);
    }
    std::unique_ptr<EventStore> newEvent()
    {
        auto store =
            EventStore::create(m_dir->filePath(QStringLiteral("event%1.entre").arg(++m_events)),
                               {QStringLiteral("Test"), QDate(2016, 6, 15), {}});
        if (!store)
            qFatal("cannot create an event: %s", qPrintable(store.error().message));
        return std::move(store.value());
    }
    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    static QByteArray fileHash(const QString& path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    static Attendee byEmail(EventStore& store, const QString& email)
    {
        auto people = AttendeeRepository(store.database()).list();
        for (const Attendee& a : people.value()) {
            if (a.email.compare(email, Qt::CaseInsensitive) == 0)
                return a;
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_events = 0;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void importsTheSamples_data();
    void importsTheSamples();
    void rejectsRowsWithReasons();
    void reimportMergesAndKeepsCheckIns();
    void refusesUnreadableFilesLeavingTheEventAsItWas_data();
    void refusesUnreadableFilesLeavingTheEventAsItWas();
    void cancelRollsBack();
    void dryRunChangesNothing();
    void honoursMappingOverrides();
    void usesAliasesTheEventLearnt();
    void rejectsTwoRowsForOnePerson();
    void writesRejectedRowsAsCsv();
    void keepsGroupBookingsApart();
    void sharedOrderNumbersOfFullNamesMatchNobody();
    void joinsSpellingsOfOneOrganisation();
};

void TestRegistrationImporter::importsTheSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << "samples/digitala-vasterbotten-2016.csv";
    QTest::newRow("xlsx") << "samples/digitala-vasterbotten-2016.xlsx";
}

void TestRegistrationImporter::importsTheSamples()
{
    QFETCH(QString, file);
    auto store = newEvent();
    auto report = RegistrationImporter(*store).run(dataFile(file));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added + report->rejected.size(), 148);
    QCOMPARE(report->updated, 0);
    QCOMPARE(AttendeeRepository(store->database()).count().value(), report->added);

    // The organisations are recognised and merged across spellings.
    auto orgs = OrganisationRepository(store->database()).all();
    QVERIFY(orgs.ok());
    QHash<QString, Organisation> byName;
    for (const Organisation& org : orgs.value())
        byName.insert(org.name, org);
    QCOMPARE(byName.value(QStringLiteral("Umeå kommun")).registered, 12);
    QCOMPARE(byName.value(QStringLiteral("Umeå kommun")).type, OrganisationType::Municipality);
    QCOMPARE(byName.value(QStringLiteral("Lycksele kommun")).registered, 17);
    QCOMPARE(byName.value(QStringLiteral("Örnsköldsviks kommun")).registered, 6);
    QCOMPARE(byName.value(QStringLiteral("Region Västerbotten")).registered, 7);
    QCOMPARE(byName.value(QStringLiteral("Västerbottens läns landsting")).type,
             OrganisationType::CountyCouncil);
    QCOMPARE(byName.value(QStringLiteral("Umeå universitet")).type, OrganisationType::Other);
    QCOMPARE(byName.value(QStringLiteral("Skellefteå Kraft AB")).type, OrganisationType::Company);
    QCOMPARE(byName.value(QStringLiteral("Tillväxtverket")).type, OrganisationType::Agency);

    // Importing the same list again changes nobody.
    auto again = RegistrationImporter(*store).run(dataFile(file));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, report->added);
    QCOMPARE(again->rejected.size(), report->rejected.size());
    QVERIFY(again->missingFromList.isEmpty());
}

void TestRegistrationImporter::rejectsRowsWithReasons()
{
    auto store = newEvent();
    auto report =
        RegistrationImporter(*store).run(dataFile(QStringLiteral("import/rejections.csv")));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, 5);
    QStringList rejected;
    for (const RejectedRow& row : report->rejected)
        rejected.append(QStringLiteral("%1: %2").arg(row.row).arg(row.reason));
    QCOMPARE(rejected,
             (QStringList{QStringLiteral("3: no name"), QStringLiteral("5: duplicate of row 2"),
                          QStringLiteral("8: duplicate of row 7")}));
    // "Åsa H" is not "Åsa Hägglund": another person at the same address, imported and listed.
    QCOMPARE(report->sharedEmails.size(), 1);
    QCOMPARE(report->sharedEmails.first().row, 6);
    QCOMPARE(report->sharedEmails.first().sharedWith, QStringLiteral("Åsa Hägglund"));
    // Every data row is accounted for.
    QCOMPARE(report->added + report->updated + report->unchanged + report->rejected.size(), 8);
    QCOMPARE(report->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(report->delimiter, QStringLiteral(";"));
    QCOMPARE(report->mapping.value(QStringLiteral("code")), QStringLiteral("Biljett"));
}

void TestRegistrationImporter::reimportMergesAndKeepsCheckIns()
{
    auto store = newEvent();
    auto first =
        RegistrationImporter(*store).run(dataFile(QStringLiteral("import/reimport-first.csv")));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->added, 5);

    AttendeeRepository people(store->database());
    const Attendee zoe = byEmail(*store, QStringLiteral("zoe.oberg@skelleftea.example.se"));
    const Attendee orjan = people.byCode(QStringLiteral("R-2")).value().value();
    CheckInService checkIns(store->database());
    QVERIFY(checkIns.checkIn(zoe.id, QStringLiteral("desk-1")).ok());
    QVERIFY(checkIns.checkIn(orjan.id, QStringLiteral("desk-1")).ok());

    auto second =
        RegistrationImporter(*store).run(dataFile(QStringLiteral("import/reimport-second.csv")));
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->added, 1);     // Per Holm
    QCOMPARE(second->updated, 2);   // Örjan's title, Zoë's diet
    QCOMPARE(second->unchanged, 2); // Åsa, Nils (name + organisation, spelt "Vannas kommun")
    QVERIFY(second->rejected.isEmpty());
    QCOMPARE(second->missingFromList, QStringList{QStringLiteral("Karin Berg (R-5)")});

    const Attendee zoeAfter = people.byId(zoe.id).value().value();
    QCOMPARE(zoeAfter.diet, QStringLiteral("Glutenfri"));
    QCOMPARE(zoeAfter.code, zoe.code);
    QVERIFY(zoeAfter.isCheckedIn());
    const Attendee orjanAfter = people.byId(orjan.id).value().value();
    QCOMPARE(orjanAfter.title, QStringLiteral("Digitaliseringschef"));
    QVERIFY(orjanAfter.isCheckedIn());
    QCOMPARE(orjanAfter.checkedInAt, people.byId(orjan.id).value()->checkedInAt);
    // Karin is still registered.
    QVERIFY(people.byCode(QStringLiteral("R-5")).value().has_value());
    QCOMPARE(people.count().value(), 6);
}

void TestRegistrationImporter::refusesUnreadableFilesLeavingTheEventAsItWas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "import/empty.csv"
                           << "empty";
    QTest::newRow("binary") << "import/binary.csv"
                            << "binary";
    QTest::newRow("truncated xlsx") << "import/truncated.xlsx"
                                    << "damaged";
    QTest::newRow("no name column") << "import/no-name-column.csv"
                                    << "No column holds a name";
}

void TestRegistrationImporter::refusesUnreadableFilesLeavingTheEventAsItWas()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    auto store = newEvent();
    QVERIFY(RegistrationImporter(*store)
                .run(dataFile(QStringLiteral("import/reimport-first.csv")))
                .ok());
    const QString path = store->path();
    store.reset(); // checkpoints the WAL into the file, so the hash covers everything
    const QByteArray before = fileHash(path);
    {
        auto reopened = EventStore::open(path);
        QVERIFY(reopened.ok());
        auto report = RegistrationImporter(*reopened.value()).run(dataFile(file));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::BadInput);
        QVERIFY2(report.error().message.contains(reason), qPrintable(report.error().message));
    }
    QCOMPARE(fileHash(path), before);
}

void TestRegistrationImporter::cancelRollsBack()
{
    auto store = newEvent();
    int calls = 0;
    auto report = RegistrationImporter(*store).run(
        dataFile(QStringLiteral("samples/digitala-vasterbotten-2016.csv")), {},
        [&calls](int done, int total) {
            [&] { QVERIFY(done <= total); }();
            return ++calls < 2;
        });
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Refused);
    QCOMPARE(report.error().message, QStringLiteral("Import cancelled"));
    QCOMPARE(AttendeeRepository(store->database()).count().value(), 0);
    QVERIFY(OrganisationRepository(store->database()).all().value().isEmpty());
}

void TestRegistrationImporter::dryRunChangesNothing()
{
    auto store = newEvent();
    ImportOptions options;
    options.dryRun = true;
    auto report = RegistrationImporter(*store).run(
        dataFile(QStringLiteral("import/rejections.csv")), options);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, 5);
    QCOMPARE(AttendeeRepository(store->database()).count().value(), 0);
}

void TestRegistrationImporter::honoursMappingOverrides()
{
    auto store = newEvent();
    ImportOptions options;
    options.mapping = {{QStringLiteral("title"), QString()},
                       {QStringLiteral("notes"), QStringLiteral("Befattning")}};
    auto report = RegistrationImporter(*store).run(
        dataFile(QStringLiteral("import/utf8-semicolon-lf.csv")), options);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->mapping.value(QStringLiteral("notes")), QStringLiteral("Befattning"));
    const Attendee asa = byEmail(*store, QStringLiteral("asa.hagglund@umea.example.se"));
    QCOMPARE(asa.notes, QStringLiteral("Utvecklingsledare"));
    QVERIFY(asa.title.isEmpty());
}

void TestRegistrationImporter::usesAliasesTheEventLearnt()
{
    auto store = newEvent();
    QVERIFY(RegistrationImporter(*store).run(dataFile(QStringLiteral("import/webform.csv"))).ok());
    OrganisationRepository orgs(store->database());
    QHash<QString, qint64> ids;
    const auto all = orgs.all();
    for (const Organisation& org : all.value())
        ids.insert(org.name, org.id);
    // The user merges Skellefteå into Umeå (say, a shared service); the next import follows.
    auto merged = orgs.merge(ids.value(QStringLiteral("Skellefteå kommun")),
                             ids.value(QStringLiteral("Umeå kommun")));
    QVERIFY2(merged.ok(), qPrintable(merged.error().message));
    auto again = RegistrationImporter(*store).run(dataFile(QStringLiteral("import/webform.csv")));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(byEmail(*store, QStringLiteral("zoe.oberg@skelleftea.example.se")).organisation,
             QStringLiteral("Umeå kommun"));
}

void TestRegistrationImporter::rejectsTwoRowsForOnePerson()
{
    auto store = newEvent();
    QVERIFY(RegistrationImporter(*store)
                .run(dataFile(QStringLiteral("import/reimport-first.csv")))
                .ok());
    // Row 2 is Åsa by her code; row 3 has a new code and no e-mail, so it finds her by name
    // and organisation: the same person twice.
    auto report = RegistrationImporter(*store).run(
        dataFile(QStringLiteral("import/reimport-same-person.csv")));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(report->added, 0);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.first().row, 3);
    QCOMPARE(report->rejected.first().reason, QStringLiteral("duplicate of row 2"));
    QCOMPARE(report->missingFromList.size(), 4);
}

void TestRegistrationImporter::writesRejectedRowsAsCsv()
{
    const QByteArray csv = rejectedRowsCsv(
        {{3, QStringLiteral("no name")}, {7, QStringLiteral("says \"hi\"; twice")}});
    QCOMPARE(csv,
             QByteArray("\xEF\xBB\xBFRow;Reason\r\n3;no name\r\n7;\"says \"\"hi\"\"; twice\"\r\n"));
}

void TestRegistrationImporter::keepsGroupBookingsApart()
{
    // Åsa and Örjan share booking B-1; Zoë is listed twice under B-2.
    auto store = newEvent();
    const QString list = dataFile(QStringLiteral("import/group-booking.csv"));
    auto report = RegistrationImporter(*store).run(list);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, 3);
    QCOMPARE(report->rejected.size(), 1);
    QCOMPARE(report->rejected.first().reason, QStringLiteral("duplicate of row 4"));
    const Attendee asa = byEmail(*store, QStringLiteral("asa.hagglund@umea.example.se"));
    const Attendee orjan = byEmail(*store, QStringLiteral("orjan.lindstrom@vll.example.se"));
    QVERIFY(asa.code != orjan.code);
    QCOMPARE(asa.extra.value(QStringLiteral("Bokningsnummer")).toString(), QStringLiteral("B-1"));
    QCOMPARE(byEmail(*store, QStringLiteral("zoe.oberg@skelleftea.example.se")).code,
             QStringLiteral("B-2"));

    auto again = RegistrationImporter(*store).run(list);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->added, 0);
}

void TestRegistrationImporter::sharedOrderNumbersOfFullNamesMatchNobody()
{
    // Names in one column, and an order number that Anna and Per share while Eva's is her own:
    // who shares it is found from the split names before the first row is written.
    auto store = newEvent();
    const QString first = m_dir->filePath(QStringLiteral("orders.csv"));
    writeFile(first, "Namn;Kod;Ordernummer\n"
                     "Anna Berg;K1;O-7\n"
                     "Per Dahl;K2;O-7\n"
                     "Eva Ek;K3;O-9\n");
    auto report = RegistrationImporter(*store).run(first);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, 3);
    QVERIFY(report->rejected.isEmpty());

    // Eva is found by her own order number; O-7 names nobody, so Lena is someone new.
    const QString second = m_dir->filePath(QStringLiteral("orders-2.csv"));
    writeFile(second, "Namn;Kod;Ordernummer\n"
                      "Eva Ek-Lund;;O-9\n"
                      "Lena Holm;;O-7\n");
    auto again = RegistrationImporter(*store).run(second);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->added, 1);
    QCOMPARE(again->updated, 1);
    auto eva = AttendeeRepository(store->database()).byCodeOrId(QStringLiteral("K3"));
    QVERIFY(eva.ok());
    QCOMPARE(eva->lastName, QStringLiteral("Ek-Lund"));
}

void TestRegistrationImporter::joinsSpellingsOfOneOrganisation()
{
    auto store = newEvent();
    auto report = RegistrationImporter(*store).run(
        dataFile(QStringLiteral("import/organisation-spellings.csv")));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, 6);
    const auto orgs = OrganisationRepository(store->database()).all();
    QStringList names;
    for (const Organisation& org : orgs.value())
        names.append(QStringLiteral("%1 %2").arg(org.name).arg(org.registered));
    QCOMPARE(names, (QStringList{QStringLiteral("Skellefteå Kraft AB 2"),
                                 QStringLiteral("Umeå universitet 4")}));
}

QTEST_GUILESS_MAIN(TestRegistrationImporter)
#include "tst_registrationimporter.moc"
