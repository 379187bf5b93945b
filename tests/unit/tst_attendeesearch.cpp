#include "event/attendeelistmodel.h"
#include "event/event.h"
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

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList l;
    for (const char* item : items)
        l.append(QString::fromUtf8(item));
    return l;
}

// The first and last names of those a search finds, in the order found.
QStringList namesFound(const QSqlDatabase& db, const QString& text, ArrivalFilter filter, int limit,
                       int offset)
{
    auto found = AttendeeSearch(db).find(text, filter, limit, offset);
    if (!found)
        return {QStringLiteral("error: ") + found.error().message};
    QStringList names;
    for (const Attendee& a : found.value())
        names.append(a.firstName + QLatin1Char(' ') + a.lastName);
    return names;
}

struct Person {
    const char* code;
    const char* first;
    const char* last;
    const char* organisation;
    const char* email;
    bool arrived;
};

// The dozen of the broad event with names of their own. One code is also a word everyone has:
// the exact code still comes first.
const Person broadPeople[] = {
    {"EXAMPLE", "Karin", "Lind", "Bergs AB", "karin.lind@example.se", false},
    {"BR-01", "Anna", "Berg", "Umeå kommun", "anna.berg@example.se", false},
    {"BR-02", "Björn", "Svensson", "Skellefteå kommun", "bjorn.svensson@example.se", true},
    {"BR-03", "Elin", "Ek", "Region Västerbotten", "elin.ek@example.se", false},
    {"BR-04", "Sven", "Karlsson", "Umeå kommun", "sven.karlsson@example.se", false},
    {"BR-05", "Åsa", "Öberg", "Bergs AB", "asa.oberg@example.se", false},
    {"BR-06", "Anna", "Andersson", "Skellefteå kommun", "anna.andersson@example.se", true},
    {"BR-07", "Elin", "Lindberg", "Umeå kommun", "elin.lindberg@example.se", false},
    {"BR-08", "Karin", "Berg", "Region Västerbotten", "karin.berg@example.se", true},
    {"BR-09", "Otto", "Oberg", "Umeå kommun", "otto.oberg@example.se", false},
    {"BR-10", "Sven", "Ahl", "Bergs AB", "sven.ahl@example.se", false},
    {"BR-11", "Ärla", "Åberg", "Umeå kommun", "arla.aberg@annat.se", false},
};

constexpr auto everyone = ArrivalFilter::Everyone;
constexpr auto onlyArrived = ArrivalFilter::Arrived;
constexpr auto notArrived = ArrivalFilter::Missing;

// So many of the 1250 people named alike.
QStringList alike(int count)
{
    return QStringList(count, QStringLiteral("Östen Östlund"));
}

// Searches of the broad event that find few of it.
void addNarrowBroadEventRows()
{
    // "k": by name (Karin Berg has arrived, and still comes before those found by
    // organisation), then by organisation, those not yet arrived first.
    QTest::newRow("k") << QStringLiteral("k") << everyone
                       << list({"Sven Karlsson", "Karin Lind", "Karin Berg", "Anna Berg",
                                "Elin Lindberg", "Otto Oberg", "Ärla Åberg", "Anna Andersson",
                                "Björn Svensson"});
    QTest::newRow("k, missing") << QStringLiteral("k") << notArrived
                                << list({"Sven Karlsson", "Karin Lind", "Anna Berg",
                                         "Elin Lindberg", "Otto Oberg", "Ärla Åberg"});
    QTest::newRow("k, arrived") << QStringLiteral("k") << onlyArrived
                                << list({"Karin Berg", "Anna Andersson", "Björn Svensson"});

    // Found by code only: eleven people; the page ends before Björn Svensson.
    QTest::newRow("br") << QStringLiteral("br") << everyone
                        << list({"Sven Ahl", "Anna Berg", "Elin Ek", "Sven Karlsson",
                                 "Elin Lindberg", "Otto Oberg", "Ärla Åberg", "Åsa Öberg",
                                 "Anna Andersson", "Karin Berg"});
    QTest::newRow("code") << QStringLiteral("br-05") << everyone << list({"Åsa Öberg"});

    // Lindberg is one word: "berg" finds the Bergs by name, then Bergs AB.
    QTest::newRow("berg") << QStringLiteral("berg") << everyone
                          << list({"Anna Berg", "Karin Berg", "Sven Ahl", "Karin Lind",
                                   "Åsa Öberg"});
    QTest::newRow("berg, missing") << QStringLiteral("berg") << notArrived
                                   << list({"Anna Berg", "Sven Ahl", "Karin Lind", "Åsa Öberg"});
    QTest::newRow("berg, arrived") << QStringLiteral("berg") << onlyArrived << list({"Karin Berg"});
    QTest::newRow("anna ber") << QStringLiteral("anna ber") << everyone << list({"Anna Berg"});
    QTest::newRow("elin lind") << QStringLiteral("elin lind") << everyone
                               << list({"Elin Lindberg"});
    QTest::newRow("umeå") << QStringLiteral("umeå") << everyone
                          << list({"Anna Berg", "Sven Karlsson", "Elin Lindberg", "Otto Oberg",
                                   "Ärla Åberg"});
    QTest::newRow("sven kommun") << QStringLiteral("sven kommun") << everyone
                                 << list({"Sven Karlsson", "Björn Svensson"});
}

} // namespace

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
    void broadEventRanks_data();
    void broadEventRanks();

private:
    QStringList codes(const QString& text, ArrivalFilter filter = ArrivalFilter::Everyone,
                      int limit = 200, int offset = 0);
    void createBroadEvent();

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<EventStore> m_broad;
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
        << QStringLiteral("S-10") << list({"Olle Öberg", "Nils Andersson", "Anna Andersson"});
    // Berg by name before Ahl at Bergsjö AB, though Ahl comes first in the alphabet.
    QTest::newRow("name before organisation")
        << QStringLiteral("berg") << list({"Anna Berg", "Adam Ahl"});
    // Both Hägglunds by name; Birgitta has arrived, so Emil comes first.
    QTest::newRow("not arrived first")
        << QStringLiteral("hägglund") << list({"Emil Hägglund", "Birgitta Hägglund"});
    // Typed with ö: Öberg as typed before Oberg, whom the folded ö also finds; typed with o,
    // both in Swedish order.
    QTest::newRow("spelled as typed first")
        << QStringLiteral("öberg") << list({"Olle Öberg", "Otto Oberg"});
    QTest::newRow("Ö as typed, capitalised")
        << QStringLiteral("ÖBE") << list({"Olle Öberg", "Otto Oberg"});
    QTest::newRow("plain o in Swedish order")
        << QStringLiteral("oberg") << list({"Otto Oberg", "Olle Öberg"});
    // Everyone, found only by e-mail: Swedish order of last name, those arrived last.
    QTest::newRow("Swedish order")
        << QStringLiteral("example")
        << list({"Adam Ahl", "Nils Andersson", "Anna Berg", "Emil Hägglund",
                 "Anna-Karin Kristoffersson-Grönvall", "Åsa Lindgren", "Nora Near", "Örjan Nygren",
                 "Otto Oberg", "Zoran Zetterlund", "Ärla Åberg", "Olle Öberg", "Anna Andersson",
                 "Birgitta Hägglund"});
}

// The first page is read a ranked group at a time, later pages with the one ranked statement:
// both are held to the order written out above.
void TestAttendeeSearch::ranks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QVERIFY(!expected.isEmpty());
    const QStringList firstPage = namesFound(m_store->database(), text, ArrivalFilter::Everyone,
                                             static_cast<int>(expected.size()), 0);
    QCOMPARE(firstPage, expected);
    const QStringList fromSecond = namesFound(m_store->database(), text, ArrivalFilter::Everyone,
                                              static_cast<int>(expected.size()) - 1, 1);
    QCOMPARE(fromSecond, expected.mid(1));
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
    // The model reads through an Event: one opened on a copy of the search event.
    const QString copy = m_dir.filePath(QStringLiteral("model.entre"));
    QVERIFY(m_store->saveCopy(copy));
    auto event = Event::open(copy);
    QVERIFY2(event, qPrintable(event.error().message));
    AttendeeListModel model(*event.value());
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

// An event large enough that a word every e-mail has takes the path that walks everyone in
// Swedish order: a dozen people with names of their own and 1250 alike, Östen Östlund of
// Ytterby AB, who sort after all of them. Every ninth Östen Östlund has arrived.
void TestAttendeeSearch::createBroadEvent()
{
    auto store = EventStore::create(m_dir.filePath(QStringLiteral("broad.entre")),
                                    {QStringLiteral("Broad"), QDate(2016, 6, 15), {}});
    QVERIFY2(store, qPrintable(store.error().message));
    const QSqlDatabase db = store.value()->database();
    QList<qint64> arrived;
    Transaction transaction(db);
    AttendeeRepository attendees(db);
    for (const Person& person : broadPeople) {
        AttendeeDetails d;
        d.code = QString::fromUtf8(person.code);
        d.firstName = QString::fromUtf8(person.first);
        d.lastName = QString::fromUtf8(person.last);
        d.organisation = QString::fromUtf8(person.organisation);
        d.email = QString::fromUtf8(person.email);
        auto id = attendees.insert(d);
        QVERIFY2(id, qPrintable(id.error().message));
        if (person.arrived)
            arrived.append(id.value());
    }
    for (int n = 1; n <= 1250; ++n) {
        const QString number = QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        AttendeeDetails d;
        d.code = QStringLiteral("F-") + number;
        d.firstName = QStringLiteral("Östen");
        d.lastName = QStringLiteral("Östlund");
        d.organisation = QStringLiteral("Ytterby AB");
        d.email = QStringLiteral("f%1@example.se").arg(number);
        auto id = attendees.insert(d);
        QVERIFY2(id, qPrintable(id.error().message));
        if (n % 9 == 0)
            arrived.append(id.value());
    }
    QVERIFY(transaction.commit());
    for (qint64 id : std::as_const(arrived))
        QVERIFY(CheckInService(db).checkIn(id, QStringLiteral("desk")));
    m_broad = std::move(store.value());
}

void TestAttendeeSearch::broadEventRanks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ArrivalFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // the first page of ten, in order
    const QStringList arrivedInOrder = list({"Anna Andersson", "Karin Berg", "Björn Svensson"});
    const QStringList notArrivedInOrder =
        list({"Sven Ahl", "Anna Berg", "Elin Ek", "Sven Karlsson", "Karin Lind", "Elin Lindberg",
              "Otto Oberg", "Ärla Åberg", "Åsa Öberg", "Östen Östlund"});

    // Nothing typed: everyone not yet arrived in Swedish order, then those arrived.
    QTest::newRow("nothing typed") << QString() << everyone << notArrivedInOrder;
    QTest::newRow("nothing typed, missing") << QString() << notArrived << notArrivedInOrder;
    QTest::newRow("nothing typed, arrived")
        << QString() << onlyArrived << arrivedInOrder + alike(7);

    // Every e-mail but Ärla Åberg's has "example"; Karin Lind's code is EXAMPLE.
    const QStringList example =
        list({"Karin Lind", "Sven Ahl", "Anna Berg", "Elin Ek", "Sven Karlsson", "Elin Lindberg",
              "Otto Oberg", "Åsa Öberg"}) +
        alike(2);
    QTest::newRow("example") << QStringLiteral("example") << everyone << example;
    QTest::newRow("example, missing") << QStringLiteral("example") << notArrived << example;
    QTest::newRow("example, arrived")
        << QStringLiteral("example") << onlyArrived << arrivedInOrder + alike(7);
    QTest::newRow("exact code, any case") << QStringLiteral("Example") << everyone << example;

    // "e" starts both Elins' names, then everyone found by e-mail; Ärla Åberg has no e.
    const QStringList e = list({"Elin Ek", "Elin Lindberg", "Sven Ahl", "Anna Berg",
                                "Sven Karlsson", "Karin Lind", "Otto Oberg", "Åsa Öberg"}) +
                          alike(2);
    QTest::newRow("e") << QStringLiteral("e") << everyone << e;
    QTest::newRow("e, missing") << QStringLiteral("e") << notArrived << e;
    QTest::newRow("e, arrived") << QStringLiteral("e") << onlyArrived << arrivedInOrder + alike(7);

    // By name, a group that alone fills the page; typed with ö, Öberg and Östen before Oberg.
    QTest::newRow("o") << QStringLiteral("o") << everyone
                       << list({"Otto Oberg", "Åsa Öberg"}) + alike(8);
    QTest::newRow("ö") << QStringLiteral("ö") << everyone << list({"Åsa Öberg"}) + alike(9);
    QTest::newRow("ö, arrived") << QStringLiteral("ö") << onlyArrived << alike(10);

    addNarrowBroadEventRows();
}

// The first page is read a ranked group at a time, later pages with the one ranked statement;
// both are held to the order written out above.
void TestAttendeeSearch::broadEventRanks()
{
    QFETCH(QString, text);
    QFETCH(ArrivalFilter, filter);
    QFETCH(QStringList, expected);
    if (!m_broad)
        createBroadEvent();
    QVERIFY(m_broad);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(namesFound(m_broad->database(), text, filter, 10, 0), expected);
    QCOMPARE(namesFound(m_broad->database(), text, filter, 9, 1), expected.mid(1));
}

QTEST_GUILESS_MAIN(TestAttendeeSearch)
#include "tst_attendeesearch.moc"
