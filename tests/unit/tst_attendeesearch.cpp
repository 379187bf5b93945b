#include "search/attendeelistmodel.h"
#include "search/attendeesearch.h"
#include "search/ftsquery.h"
#include "store/attendeeeditor.h"
#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"
#include "store/sqlquery.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// The desk's search on a small event read from tests/data/search/people.csv: matching, escaping,
// ranking, filters and paging, and the list model over it.
class TestAttendeeSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void ranks_data();
    void ranks();
    void userTextNeverBreaksTheQuery_data();
    void userTextNeverBreaksTheQuery();
    void emptySearchListsNotArrivedFirstInSwedishOrder();
    void filtersByArrival();
    void pagesAreContiguous();
    void followsEditsInTheSameTransaction();
    void modelPagesAndPassesTheTester();
    void broadSearchKeepsTheRanking_data();
    void broadSearchKeepsTheRanking();

private:
    QStringList codes(const QString& text, ArrivalFilter filter = ArrivalFilter::Everyone,
                      int limit = 200, int offset = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TestAttendeeSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = EventStore::create(m_dir.filePath(QStringLiteral("search.entre")),
                                    {QStringLiteral("Search"), QDate(2016, 6, 15), {}});
    QVERIFY2(store, qPrintable(store.error().message));
    m_store = std::move(store.value());

    QFile file(qEnvironmentVariable("ENTRE_TEST_DATA") + QStringLiteral("/search/people.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<qint64> arrived;
    {
        Transaction transaction(m_store->database());
        AttendeeRepository attendees(m_store->database());
        for (const QString& line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(';'));
            QCOMPARE(f.size(), 6);
            AttendeeDetails d;
            d.code = f.at(0);
            d.firstName = f.at(1);
            d.lastName = f.at(2);
            d.organisation = f.at(3);
            d.email = f.at(4);
            auto id = attendees.insert(d);
            QVERIFY2(id, qPrintable(id.error().message));
            if (f.at(5) == QLatin1String("1"))
                arrived.append(id.value());
        }
        QVERIFY(transaction.commit());
    }
    for (qint64 id : std::as_const(arrived))
        QVERIFY(CheckInService(m_store->database()).checkIn(id, QStringLiteral("desk 1")));
}

QStringList TestAttendeeSearch::codes(const QString& text, ArrivalFilter filter, int limit,
                                      int offset)
{
    auto found = AttendeeSearch(m_store->database()).find(text, filter, limit, offset);
    if (!found)
        return {QStringLiteral("error: ") + found.error().message};
    QStringList result;
    for (const Attendee& a : found.value())
        result.append(a.code);
    return result;
}

void TestAttendeeSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // as a set: ranking has its own test
    const auto list = [](std::initializer_list<const char*> items) {
        QStringList l;
        for (const char* item : items)
            l.append(QString::fromUtf8(item));
        return l;
    };
    QTest::newRow("no accent finds accent") << QStringLiteral("hagg") << list({"S-01", "S-02"});
    QTest::newRow("accent") << QStringLiteral("hägg") << list({"S-01", "S-02"});
    QTest::newRow("capitals") << QStringLiteral("HÄGGLUND") << list({"S-01", "S-02"});
    QTest::newRow("asa finds Åsa") << QStringLiteral("asa") << list({"S-03"});
    QTest::newRow("orjan finds Örjan") << QStringLiteral("orjan") << list({"S-04"});
    QTest::newRow("two words narrow") << QStringLiteral("anna ume") << list({"S-06"});
    QTest::newRow("any order") << QStringLiteral("hägglund emil") << list({"S-01"});
    QTest::newRow("hyphenated first part") << QStringLiteral("karin") << list({"S-05"});
    QTest::newRow("hyphenated last part") << QStringLiteral("gronv") << list({"S-05"});
    QTest::newRow("hyphen typed") << QStringLiteral("anna-kar") << list({"S-05"});
    QTest::newRow("organisation") << QStringLiteral("bergsj") << list({"S-07"});
    QTest::newRow("e-mail") << QStringLiteral("vll") << list({"S-10"});
    QTest::newRow("code") << QStringLiteral("s-04") << list({"S-04"});
    QTest::newRow("first letter") << QStringLiteral("z") << list({"S-08"});
    QTest::newRow("nobody") << QStringLiteral("qqq") << QStringList();
}

void TestAttendeeSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found = codes(text);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestAttendeeSearch::ranks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // Exact code first, though S-100 and S-1000 also start with it and sort before S-10 by name.
    QTest::newRow("exact code first")
        << QStringLiteral("S-10")
        << QStringList{QStringLiteral("S-10"), QStringLiteral("S-100"), QStringLiteral("S-1000")};
    // Berg by name before Ahl at Bergsjö AB, though Ahl comes first in the alphabet.
    QTest::newRow("name before organisation")
        << QStringLiteral("berg") << QStringList{QStringLiteral("S-06"), QStringLiteral("S-07")};
    // Both Hägglunds by name; Birgitta has arrived, so Emil comes first.
    QTest::newRow("not arrived first")
        << QStringLiteral("hägglund")
        << QStringList{QStringLiteral("S-01"), QStringLiteral("S-02")};
    // Typed with ö: Öberg as typed before Oberg, whom the folded ö also finds; typed with o,
    // both in Swedish order.
    QTest::newRow("spelled as typed first")
        << QStringLiteral("öberg") << QStringList{QStringLiteral("S-10"), QStringLiteral("S-12")};
    QTest::newRow("Ö as typed, capitalised")
        << QStringLiteral("ÖBE") << QStringList{QStringLiteral("S-10"), QStringLiteral("S-12")};
    QTest::newRow("plain o in Swedish order")
        << QStringLiteral("oberg") << QStringList{QStringLiteral("S-12"), QStringLiteral("S-10")};
    // Found only by e-mail: Swedish order of last name.
    QTest::newRow("Swedish order") << QStringLiteral("example")
                                   << QStringList{QStringLiteral("S-07"), QStringLiteral("S-100"),
                                                  QStringLiteral("S-06"), QStringLiteral("S-01")};
}

void TestAttendeeSearch::ranks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(text).mid(0, expected.size()), expected);
}

void TestAttendeeSearch::userTextNeverBreaksTheQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("quote") << QStringLiteral("\"anna")
                           << QStringList{QStringLiteral("S-06"), QStringLiteral("S-05"),
                                          QStringLiteral("S-1000")};
    QTest::newRow("lone quote") << QStringLiteral("\"") << codes({});
    QTest::newRow("star") << QStringLiteral("*") << codes({});
    QTest::newRow("star word") << QStringLiteral("zet*") << QStringList{QStringLiteral("S-08")};
    QTest::newRow("caret") << QStringLiteral("^zoran") << QStringList{QStringLiteral("S-08")};
    QTest::newRow("column filter") << QStringLiteral("code:S") << QStringList();
    QTest::newRow("minus") << QStringLiteral("-zoran") << QStringList{QStringLiteral("S-08")};
    QTest::newRow("parentheses") << QStringLiteral("(zoran)")
                                 << QStringList{QStringLiteral("S-08")};
    QTest::newRow("open parenthesis")
        << QStringLiteral("zoran (") << QStringList{QStringLiteral("S-08")};
    QTest::newRow("AND is a word") << QStringLiteral("zoran AND") << QStringList();
    QTest::newRow("OR is a word") << QStringLiteral("OR")
                                  << QStringList{QStringLiteral("S-04"), QStringLiteral("S-11"),
                                                 QStringLiteral("S-02")};
    QTest::newRow("NOT is a word") << QStringLiteral("NOT zoran") << QStringList();
    QTest::newRow("NEAR is a word")
        << QStringLiteral("nora NEAR(") << QStringList{QStringLiteral("S-11")};
    QTest::newRow("braces") << QStringLiteral("{first_name}: anna") << QStringList();
}

void TestAttendeeSearch::userTextNeverBreaksTheQuery()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QStringList found = codes(text);
    QVERIFY2(found.isEmpty() || !found.constFirst().startsWith(QLatin1String("error")),
             qPrintable(found.join(QLatin1Char(' '))));
    QCOMPARE(found, expected);
}

void TestAttendeeSearch::emptySearchListsNotArrivedFirstInSwedishOrder()
{
    // Ahl, Andersson, Berg, ..., Zetterlund, Åberg, Öberg: Å Ä Ö after Z; then those arrived.
    const QStringList all = codes({});
    QCOMPARE(all.size(), 14);
    QCOMPARE(all.mid(0, 3), (QStringList{QStringLiteral("S-07"), QStringLiteral("S-100"),
                                         QStringLiteral("S-06")}));
    QCOMPARE(all.mid(10), (QStringList{QStringLiteral("S-09"), QStringLiteral("S-10"),
                                       QStringLiteral("S-1000"), QStringLiteral("S-02")}));
}

void TestAttendeeSearch::filtersByArrival()
{
    QCOMPARE(codes(QStringLiteral("hägg"), ArrivalFilter::Arrived),
             QStringList{QStringLiteral("S-02")});
    QCOMPARE(codes(QStringLiteral("hägg"), ArrivalFilter::Missing),
             QStringList{QStringLiteral("S-01")});
    QCOMPARE(codes({}, ArrivalFilter::Arrived),
             (QStringList{QStringLiteral("S-1000"), QStringLiteral("S-02")}));
    QCOMPARE(codes({}, ArrivalFilter::Missing).size(), 12);
}

void TestAttendeeSearch::pagesAreContiguous()
{
    for (const QString& text : {QString(), QStringLiteral("example"), QStringLiteral("a")}) {
        const QStringList all = codes(text);
        QStringList paged;
        for (int offset = 0; offset < all.size(); offset += 3)
            paged += codes(text, ArrivalFilter::Everyone, 3, offset);
        QCOMPARE(paged, all);
    }
}

void TestAttendeeSearch::followsEditsInTheSameTransaction()
{
    auto olle = AttendeeRepository(m_store->database()).byCode(QStringLiteral("S-10"));
    QVERIFY(olle && olle->has_value());
    AttendeeDetails details = detailsOf(olle->value());
    details.lastName = QStringLiteral("Ödmark");
    auto edited = AttendeeEditor(m_store->database())
                      .edit(olle->value().id, details, QStringLiteral("desk 2"));
    QVERIFY2(edited, qPrintable(edited.error().message));
    QCOMPARE(codes(QStringLiteral("odmark")), QStringList{QStringLiteral("S-10")});
    // The old name is gone from the name columns; the e-mail still says oberg.
    auto found = AttendeeSearch(m_store->database()).find(QStringLiteral("oberg olle"));
    QVERIFY(found && found->size() == 1);
    QCOMPARE(found->constFirst().lastName, QStringLiteral("Ödmark"));
    details.lastName = QStringLiteral("Öberg");
    QVERIFY(AttendeeEditor(m_store->database())
                .edit(olle->value().id, details, QStringLiteral("desk 2")));
    QCOMPARE(codes(QStringLiteral("odmark")), QStringList());
}

void TestAttendeeSearch::modelPagesAndPassesTheTester()
{
    AttendeeListModel model(m_store->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 14);
    model.setSearchText(QStringLiteral("hägg"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, AttendeeListModel::NameColumn)).toString(),
             QStringLiteral("Emil Hägglund"));
    QVERIFY(!model.data(model.index(0, 0), AttendeeListModel::CheckedInRole).toBool());
    QVERIFY(model.data(model.index(1, 0), AttendeeListModel::CheckedInRole).toBool());
    QVERIFY(
        !model.data(model.index(1, 0), AttendeeListModel::ArrivalTimeRole).toString().isEmpty());
    // The same words again (a space typed before the next word) run no query.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSearchText(QStringLiteral("hägg "));
    QCOMPARE(resets.size(), 0);
    model.setSearchText(QStringLiteral("hägg em"));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.setSearchText(QStringLiteral("hägg"));
    model.setFilter(ArrivalFilter::Arrived);
    QCOMPARE(model.rowCount(), 1);
    model.setSearch({}, ArrivalFilter::Everyone);
    QCOMPARE(model.rowCount(), 14);
}

void TestAttendeeSearch::broadSearchKeepsTheRanking_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("filter");
    // Broad ones that most of the event matches, and narrower ones found by name or not.
    for (const char* text : {"e", "example", "s", "b", "k", "Kommun", "br", "karin", "berg",
                             "anna ber", "umeå", "sven kommun", "region", "elin lind", "p12"}) {
        for (int filter = 0; filter < 3; ++filter)
            QTest::addRow("%s %d", text, filter) << QString::fromUtf8(text) << filter;
    }
}

// The first page is built a group at a time; it must be exactly the first page of the one
// ranked statement that later pages are read with.
void TestAttendeeSearch::broadSearchKeepsTheRanking()
{
    QFETCH(QString, text);
    QFETCH(int, filter);
    static std::unique_ptr<EventStore> big;
    if (!big) {
        auto store = EventStore::create(m_dir.filePath(QStringLiteral("broad.entre")),
                                        {QStringLiteral("Broad"), QDate(2016, 6, 15), {}});
        QVERIFY(store);
        big = std::move(store.value());
        const QStringList first = {QStringLiteral("Anna"),  QStringLiteral("Björn"),
                                   QStringLiteral("Karin"), QStringLiteral("Sven"),
                                   QStringLiteral("Åsa"),   QStringLiteral("Elin")};
        const QStringList last = {QStringLiteral("Berg"),  QStringLiteral("Svensson"),
                                  QStringLiteral("Öberg"), QStringLiteral("Karlsson"),
                                  QStringLiteral("Ek"),    QStringLiteral("Lind")};
        const QStringList orgs = {
            QStringLiteral("Umeå kommun"), QStringLiteral("Skellefteå kommun"),
            QStringLiteral("Region Västerbotten"), QStringLiteral("Bergs AB")};
        Transaction transaction(big->database());
        AttendeeRepository attendees(big->database());
        for (int i = 0; i < 1300; ++i) {
            AttendeeDetails d;
            // One code is also a word everyone has: the exact code still comes first.
            d.code = i == 500 ? QStringLiteral("EXAMPLE")
                              : QStringLiteral("BR-%1").arg(i, 4, 10, QLatin1Char('0'));
            d.firstName = first.at(i % first.size());
            d.lastName = last.at((i / 7) % last.size());
            d.organisation = orgs.at((i / 3) % orgs.size());
            d.email = QStringLiteral("p%1@example.se").arg(i);
            QVERIFY(attendees.insert(d));
        }
        QVERIFY(transaction.commit());
        for (qint64 id = 1; id <= 1300; id += 9)
            QVERIFY(CheckInService(big->database()).checkIn(id, QStringLiteral("desk")));
    }
    const auto arrival = static_cast<ArrivalFilter>(filter);
    auto paged = AttendeeSearch(big->database()).find(text, arrival, 50, 0);
    QVERIFY2(paged, qPrintable(paged.error().message));
    const SearchStatement statement = searchStatement(text, arrival, 50, 0);
    auto query = runQuery(big->database(), statement.sql, statement.values);
    QVERIFY(query);
    QStringList expected;
    while (query->next())
        expected.append(AttendeeRepository::fromRow(query.value()).code);
    QStringList found;
    for (const Attendee& a : paged.value())
        found.append(a.code);
    if (arrival == ArrivalFilter::Everyone)
        QVERIFY(!expected.isEmpty());
    QCOMPARE(found, expected);
    if (text == QLatin1String("example") && arrival != ArrivalFilter::Arrived)
        QCOMPARE(found.constFirst(), QStringLiteral("EXAMPLE"));
}

QTEST_GUILESS_MAIN(TestAttendeeSearch)
#include "tst_attendeesearch.moc"
