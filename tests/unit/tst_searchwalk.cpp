// The first page of a search on a large event is read by walking in Swedish order when thousands
// match (SearchPage::walkWithin()): it must be exactly the first page of the one ranked
// statement, whichever way the walk ends, for every arrival filter.
#include "search/attendeesearch.h"
#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"
#include "store/sqlquery.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace entre;

Q_DECLARE_METATYPE(entre::ArrivalFilter)

namespace {

QList<qint64> idsOf(const Result<QList<Attendee>>& found)
{
    QList<qint64> ids;
    if (found) {
        for (const Attendee& a : found.value())
            ids.append(a.id);
    }
    return ids;
}

QList<qint64> rankedStatementIds(const QSqlDatabase& db, const QString& text, ArrivalFilter filter,
                                 int limit)
{
    const SearchStatement statement = searchStatement(text, filter, limit, 0);
    auto query = runQuery(db, statement.sql, statement.values);
    QList<qint64> ids;
    while (query && query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

} // namespace

class TestSearchWalk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPageIsTheRankedStatementsFirstPage_data();
    void firstPageIsTheRankedStatementsFirstPage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
};

// 9,000 people: 4,500 each with a first name that starts with A or S, spread over the alphabet
// of last names, and 4,500 Östlunds, who sort after everyone else. Every seventh person has
// arrived. Besides them, 3,400 Sven Östmans, who sort last; twenty Örjan Anderssons and forty
// Osten Bergs, early in the alphabet; six Ada Aals, who sort first and have codes of another
// kind; and Vera W0lf, the one person whose name starts like the codes. None of them has arrived.
void TestSearchWalk::initTestCase()
{
    auto store = EventStore::create(m_dir.filePath(QStringLiteral("walk.entre")),
                                    {QStringLiteral("Walk"), QDate(2026, 6, 15), {}});
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(store.value());
    const QSqlDatabase db = m_store->database();
    const QStringList firsts = {QStringLiteral("Anna"), QStringLiteral("Sven"),
                                QStringLiteral("Axel"), QStringLiteral("Sara"),
                                QStringLiteral("Alva"), QStringLiteral("Sixten")};
    const QStringList lasts = {QStringLiteral("Andersson"), QStringLiteral("Berg"),
                               QStringLiteral("Åberg"),     QStringLiteral("Lind"),
                               QStringLiteral("Nilsson"),   QStringLiteral("Svensson")};
    QList<qint64> arrived;
    {
        Transaction transaction(db);
        AttendeeRepository attendees(db);
        for (int i = 0; i < 9000; ++i) {
            AttendeeDetails d;
            d.code = QStringLiteral("W%1").arg(i, 5, 10, QLatin1Char('0'));
            d.firstName = firsts.at(i % firsts.size());
            d.lastName = i % 2 ? QStringLiteral("Östlund") : lasts.at((i / 2) % lasts.size());
            d.organisation = i % 3 ? QStringLiteral("Umeå kommun") : QStringLiteral("Region Norr");
            d.email = QStringLiteral("p%1@example.se").arg(i);
            auto id = attendees.insert(d);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            if (i % 7 == 0)
                arrived.append(id.value());
        }
        for (int i = 0; i < 3400; ++i) {
            AttendeeDetails d;
            d.code = QStringLiteral("T-%1").arg(i);
            d.firstName = QStringLiteral("Sven");
            d.lastName = QStringLiteral("Östman");
            d.email = QStringLiteral("t%1@example.se").arg(i);
            QVERIFY(attendees.insert(d));
        }
        for (int i = 0; i < 20; ++i) {
            AttendeeDetails d;
            d.code = QStringLiteral("R-%1").arg(i);
            d.firstName = QStringLiteral("Örjan");
            d.lastName = QStringLiteral("Andersson");
            d.email = QStringLiteral("r%1@example.se").arg(i);
            QVERIFY(attendees.insert(d));
        }
        for (int i = 0; i < 40; ++i) {
            AttendeeDetails d;
            d.code = QStringLiteral("O-%1").arg(i);
            d.firstName = QStringLiteral("Osten");
            d.lastName = QStringLiteral("Berg");
            d.email = QStringLiteral("o%1@example.se").arg(i);
            QVERIFY(attendees.insert(d));
        }
        for (int i = 0; i < 7; ++i) {
            AttendeeDetails d;
            d.code = i ? QStringLiteral("Y-%1").arg(i) : QStringLiteral("V-1");
            d.firstName = i ? QStringLiteral("Ada") : QStringLiteral("Vera");
            d.lastName = i ? QStringLiteral("Aal") : QStringLiteral("W0lf");
            d.email = QStringLiteral("y%1@example.se").arg(i);
            QVERIFY(attendees.insert(d));
        }
        QVERIFY(transaction.commit());
    }
    CheckInService checkIns(db);
    for (const qint64 id : std::as_const(arrived))
        QVERIFY(checkIns.checkIn(id, QStringLiteral("desk")));
}

void TestSearchWalk::firstPageIsTheRankedStatementsFirstPage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ArrivalFilter>("filter");
    // "a", "s": thousands by name, spread: the walk fills the page. "öst": thousands by name,
    // all at the end of the alphabet: the walk gives up and the group is sorted. "w0":
    // every code but the Aals', who sort first, and Vera W0lf by name: the walk through most of
    // the event. "w00", "w01", "W08": a ninth of the codes, nobody by name. "example": every
    // e-mail. "umeå": two thirds by organisation, typed with å. "ost": the Östlunds and the
    // Osten Bergs, who are too few to fill a page of 50 among the first people walked: the walk
    // goes on, and finds the rest among the Östlunds; "ö" and "Ö" the same with the Örjans, by
    // a name spelled as typed. "ö sv": thousands, all at the end; the Örjans, early, are spelled
    // as typed but have no word that starts with "sv".
    for (const char* text : {"a", "s", "sv", "ö", "öst", "Ö", "ost", "ö sv", "w0", "w00", "w01",
                             "W08", "example", "umeå"}) {
        for (const auto& [name, filter] : {std::pair{"everyone", ArrivalFilter::Everyone},
                                           std::pair{"missing", ArrivalFilter::Missing},
                                           std::pair{"arrived", ArrivalFilter::Arrived}}) {
            QTest::addRow("%s, %s", text, name) << QString::fromUtf8(text) << filter;
        }
    }
}

void TestSearchWalk::firstPageIsTheRankedStatementsFirstPage()
{
    QFETCH(QString, text);
    QFETCH(ArrivalFilter, filter);
    const QSqlDatabase db = m_store->database();
    for (const int limit : {1, 50, 200}) {
        const QList<qint64> expected = rankedStatementIds(db, text, filter, limit);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(idsOf(AttendeeSearch(db).find(text, filter, limit, 0)), expected);
    }
}

QTEST_GUILESS_MAIN(TestSearchWalk)
#include "tst_searchwalk.moc"
