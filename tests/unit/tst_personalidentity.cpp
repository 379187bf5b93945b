// Personal identity numbers: the check digit and the date by hand, columns that hold them, and
// an import that leaves them out unless kept.
#include "import/personalidentity.h"
#include "import/registrationimporter.h"
#include "store/attendeerepository.h"
#include "store/eventstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

class TestPersonalIdentity : public QObject {
    Q_OBJECT

private:
    static QString listFile()
    {
        return QDir(qEnvironmentVariable("ENTRE_TEST_DATA"))
            .filePath(QStringLiteral("import/privacy/personnummer.csv"));
    }
    static QList<Attendee> people(EventStore& store)
    {
        return AttendeeRepository(store.database()).list().value();
    }

private Q_SLOTS:
    void recognisesNumbers_data();
    void recognisesNumbers();
    void tellsAColumnOfNumbers();
    void leavesTheColumnOutByDefault();
    void keepsAndDropsColumnsByName();
    void refusesUnknownOrContradictoryColumns();
    void importStoresTheNumbersOnlyWhenKept();
};

void TestPersonalIdentity::recognisesNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    // Made-up numbers; the check digits computed by hand (Luhn, weights 2 1 2 1 … on the
    // first nine digits of the ten-digit form).
    QTest::newRow("YYMMDD-NNNN") << "811218-9876" << true;
    QTest::newRow("YYMMDDNNNN") << "8112189876" << true;
    QTest::newRow("YYMMDD+NNNN, over 100") << "811218+9876" << true;
    QTest::newRow("YYYYMMDDNNNN") << "198112189876" << true;
    QTest::newRow("YYYYMMDD-NNNN") << "19811218-9876" << true;
    QTest::newRow("white space around") << "  811218-9876 " << true;
    QTest::newRow("another") << "850709-2396" << true;
    QTest::newRow("check digit 0") << "900101-0017" << true;
    QTest::newRow("co-ordination number, day 7 + 60") << "750567-1235" << true;
    QTest::newRow("29 February 2000") << "000229-1235" << true;
    QTest::newRow("check digit one too low") << "811218-9875" << false;
    QTest::newRow("check digit one too high") << "811218-9877" << false;
    QTest::newRow("digits swapped") << "811218-9786" << false;
    QTest::newRow("12 digits, wrong check digit") << "198112189870" << false;
    QTest::newRow("month 13, check digit right") << "811318-9875" << false;
    QTest::newRow("day 32, check digit right") << "811232-9878" << false;
    QTest::newRow("29 February 1901 or 2001") << "010229-1234" << false;
    QTest::newRow("co-ordination day 92") << "750592-1234" << false;
    QTest::newRow("year 0981") << "098112189876" << false;
    QTest::newRow("dash in the wrong place") << "81121-89876" << false;
    QTest::newRow("other separator") << "811218/9876" << false;
    QTest::newRow("11 digits") << "81121898761" << false;
    QTest::newRow("9 digits") << "811218987" << false;
    QTest::newRow("letters") << "81121A-9876" << false;
    QTest::newRow("empty") << "" << false;
}

void TestPersonalIdentity::recognisesNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isPersonalIdentityNumber(text), valid);
}

void TestPersonalIdentity::tellsAColumnOfNumbers()
{
    auto tally = [](const QStringList& values) {
        PersonalIdentityTally t;
        for (const QString& value : values)
            t.add(value);
        return t.looksLikePersonalIdentityNumbers();
    };
    QVERIFY(tally({QStringLiteral("811218-9876"), QString(), QStringLiteral("198507092396"),
                   QStringLiteral("okänt"), QStringLiteral(" "), QStringLiteral("9001010017")}));
    QVERIFY(tally({QStringLiteral("750567-1235")}));
    // Half is not most.
    QVERIFY(!tally({QStringLiteral("811218-9876"), QStringLiteral("811218-9875")}));
    // Phone numbers and member numbers are not.
    QVERIFY(!tally({QStringLiteral("070-123 45 67"), QStringLiteral("0701234567"),
                    QStringLiteral("090-12 34 56")}));
    QVERIFY(!tally({QStringLiteral("M-101"), QStringLiteral("M-102")}));
    QVERIFY(!tally({QString(), QStringLiteral("  ")}));
}

void TestPersonalIdentity::leavesTheColumnOutByDefault()
{
    auto table = RegistrationTable::read(listFile());
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table->personalIdentityColumns, QStringList{QStringLiteral("Personnummer")});
    QCOMPARE(table->unmappedHeaders(),
             (QStringList{QStringLiteral("Personnummer"), QStringLiteral("Medlemsnummer")}));
    QVERIFY(!table->keeps(QStringLiteral("Personnummer")));
    QVERIFY(table->keeps(QStringLiteral("Medlemsnummer")));
    const QList<DroppedColumn> dropped = table->droppedUnmapped();
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).column, QStringLiteral("Personnummer"));
    QVERIFY2(dropped.at(0).reason.contains(QStringLiteral("personal identity")),
             qPrintable(dropped.at(0).reason));

    // Mapped to a field, the column is the user's choice and not reported as dropped.
    table->mapping.insert(QStringLiteral("notes"), QStringLiteral("Personnummer"));
    QVERIFY(table->droppedUnmapped().isEmpty());
}

void TestPersonalIdentity::keepsAndDropsColumnsByName()
{
    ImportOptions options;
    options.keep = {QStringLiteral("personnummer")}; // case aside
    options.drop = {QStringLiteral("Medlemsnummer")};
    auto table = RegistrationTable::read(listFile(), options);
    QVERIFY(table.ok());
    QVERIFY(table->keeps(QStringLiteral("Personnummer")));
    QVERIFY(!table->keeps(QStringLiteral("Medlemsnummer")));
    const QList<DroppedColumn> dropped = table->droppedUnmapped();
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).column, QStringLiteral("Medlemsnummer"));
    QVERIFY(!dropped.at(0).reason.contains(QStringLiteral("personal identity")));

    table->setKept(QStringLiteral("Medlemsnummer"), true);
    table->setKept(QStringLiteral("Personnummer"), false);
    QCOMPARE(table->droppedUnmapped().size(), 1);
    QCOMPARE(table->droppedUnmapped().at(0).column, QStringLiteral("Personnummer"));
}

void TestPersonalIdentity::refusesUnknownOrContradictoryColumns()
{
    ImportOptions unknown;
    unknown.keep = {QStringLiteral("Skostorlek")};
    auto table = RegistrationTable::read(listFile(), unknown);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, ErrorKind::BadInput);
    QVERIFY(table.error().message.contains(QStringLiteral("Skostorlek")));

    ImportOptions both;
    both.keep = {QStringLiteral("Personnummer")};
    both.drop = {QStringLiteral("Personnummer")};
    table = RegistrationTable::read(listFile(), both);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, ErrorKind::BadInput);
}

void TestPersonalIdentity::importStoresTheNumbersOnlyWhenKept()
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("event.entre")),
                                    {QStringLiteral("Test"), QDate(2016, 6, 15), {}});
    QVERIFY(store.ok());
    RegistrationImporter importer(*store.value());
    auto report = importer.run(listFile());
    QVERIFY(report.ok());
    QCOMPARE(report->added, 6);
    QCOMPARE(report->droppedColumns.size(), 1);
    QCOMPARE(report->droppedColumns.at(0).column, QStringLiteral("Personnummer"));
    for (const Attendee& a : people(*store.value())) {
        QVERIFY(!a.extra.contains(QStringLiteral("Personnummer")));
        QVERIFY(a.extra.value(QStringLiteral("Medlemsnummer"))
                    .toString()
                    .startsWith(QStringLiteral("M-")));
    }

    // Kept by name, the numbers are stored; left out again, they are removed.
    ImportOptions keep;
    keep.keep = {QStringLiteral("Personnummer")};
    report = importer.run(listFile(), keep);
    QVERIFY(report.ok());
    QVERIFY(report->droppedColumns.isEmpty());
    QCOMPARE(report->updated, 5); // the sixth has no number
    int stored = 0;
    for (const Attendee& a : people(*store.value()))
        stored += a.extra.contains(QStringLiteral("Personnummer")) ? 1 : 0;
    QCOMPARE(stored, 5);

    report = importer.run(listFile());
    QVERIFY(report.ok());
    QCOMPARE(report->updated, 5);
    for (const Attendee& a : people(*store.value()))
        QVERIFY(!a.extra.contains(QStringLiteral("Personnummer")));
}

QTEST_MAIN(TestPersonalIdentity)
#include "tst_personalidentity.moc"
