// What searches read is read into the connection's page cache while the desk is idle
// (CacheWarmer, Event::keepSearchesWarm()): afterwards a search that ranks thousands of people
// reads next to nothing from the file; a cache already at its budget is left alone; the reading
// happens in the event loop's turns, not in the call, and again after another connection wrote.
#include "event/event.h"
#include "search/attendeesearch.h"
#include "store/attendeerepository.h"
#include "store/cachewarmer.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"
#include "store/sqlquery.h"
#include "store/transaction.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace entre;

namespace {

// Pages the connection had to read from the file since the last call.
int cacheMisses(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
    int misses = 0;
    int unused = 0;
    sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_MISS, &misses, &unused, 1);
    return misses;
}

int stepsToTheEnd(CacheWarmer& warmer)
{
    int steps = 0;
    for (;;) {
        auto more = warmer.step();
        if (!more)
            return -1;
        ++steps;
        if (!more.value())
            return steps;
    }
}

} // namespace

class TestCacheWarmer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWarmSearchReadsNextToNothingFromTheFile();
    void aCacheAtItsBudgetIsLeftAlone();
    void aCacheAnotherConnectionEmptiedIsFilledAgain();
    void theEventWarmsBetweenEventsAndAgainAfterOthersWrote();

private:
    std::unique_ptr<EventStore> openStore();

    QTemporaryDir m_dir;
    QString m_path;
};

// 6,000 people, 3,000 of them with a first name that starts with "Jo": a group found by name
// that is ranked from the people's rows, and more people than one stretch reads.
void TestCacheWarmer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("warm.entre"));
    auto store = EventStore::create(m_path, {QStringLiteral("Warm"), QDate(2026, 6, 15), {}});
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    const QSqlDatabase db = store.value()->database();
    Transaction transaction(db);
    AttendeeRepository attendees(db);
    const QStringList lasts = {QStringLiteral("Lind"), QStringLiteral("Åberg"),
                               QStringLiteral("Nilsson"), QStringLiteral("Ek")};
    for (int i = 0; i < 6000; ++i) {
        AttendeeDetails d;
        d.code = QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
        d.firstName = i % 2 ? QStringLiteral("Jonas") : QStringLiteral("Maria");
        d.lastName = lasts.at(i % lasts.size()) + QString::number(i / 4);
        d.organisation = QStringLiteral("Umeå kommun");
        d.email = QStringLiteral("p%1@example.se").arg(i);
        QVERIFY(attendees.insert(d));
    }
    QVERIFY(transaction.commit());
}

// A connection of its own, whose cache holds only what opening it read.
std::unique_ptr<EventStore> TestCacheWarmer::openStore()
{
    auto store = EventStore::open(m_path, EventStore::Access::ReadOnly);
    return store ? std::move(store).value() : nullptr;
}

void TestCacheWarmer::aWarmSearchReadsNextToNothingFromTheFile()
{
    const QStringList texts = {QStringLiteral("Jo"), QStringLiteral("Jona"), QStringLiteral("L"),
                               QStringLiteral("Å")};
    const auto pagesRead = [&texts](const QSqlDatabase& db) {
        AttendeeSearch search(db);
        cacheMisses(db);
        for (const QString& text : texts) {
            auto found = search.find(text, ArrivalFilter::Everyone, 50);
            if (!found || found->size() != 50)
                return -1;
        }
        return cacheMisses(db);
    };
    auto cold = openStore();
    QVERIFY(cold);
    const int coldPages = pagesRead(cold->database());
    QVERIFY(coldPages > 40);

    auto store = openStore();
    QVERIFY(store);
    CacheWarmer warmer(store->database());
    warmer.start();
    warmer.blockSignals(true);
    // More than one stretch of each kind: the desk is kept waiting for one at most.
    QVERIFY(stepsToTheEnd(warmer) > 3);
    QVERIFY(!warmer.step().value());
    // What is left is a few pages each search reads whatever the event's size: the search
    // index's structure, the organisations, the way to one code.
    const int warmPages = pagesRead(store->database());
    QVERIFY(warmPages >= 0);
    QVERIFY2(warmPages * 10 <= coldPages,
             qPrintable(QStringLiteral("%1 pages warm, %2 cold").arg(warmPages).arg(coldPages)));
}

void TestCacheWarmer::aCacheAtItsBudgetIsLeftAlone()
{
    auto store = openStore();
    QVERIFY(store);
    const QSqlDatabase db = store->database();
    // 64 KiB: half of it is already taken by the pages opening the event read.
    QVERIFY(runQuery(db, QStringLiteral("PRAGMA cache_size = -64")));
    const qint64 before = CacheWarmer::cacheBytesUsed(db);
    QVERIFY(before >= 32 * 1024);
    cacheMisses(db);

    CacheWarmer warmer(db);
    QSignalSpy finished(&warmer, &CacheWarmer::finished);
    warmer.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(cacheMisses(db), 0);
    QCOMPARE(CacheWarmer::cacheBytesUsed(db), before);
}

// A write through another connection (an import, the other desks' ticks) empties this
// connection's cache when it next reads: warming again reads the pages in again.
void TestCacheWarmer::aCacheAnotherConnectionEmptiedIsFilledAgain()
{
    auto opened = EventStore::open(m_path);
    QVERIFY(opened);
    const QSqlDatabase db = opened.value()->database();
    CacheWarmer warmer(db);
    warmer.blockSignals(true);
    warmer.start();
    QVERIFY(stepsToTheEnd(warmer) > 3);
    const qint64 warm = CacheWarmer::cacheBytesUsed(db);

    auto sibling = opened.value()->openSibling();
    QVERIFY(sibling);
    QVERIFY(CheckInService(sibling.value()->database()).checkIn(1, QStringLiteral("Desk 2")));
    AttendeeSearch search(db);
    cacheMisses(db);
    QVERIFY(search.find(QStringLiteral("Jona"), ArrivalFilter::Everyone, 50));
    const int emptied = cacheMisses(db);
    QVERIFY2(emptied > 20, qPrintable(QString::number(emptied)));

    warmer.start();
    QVERIFY(stepsToTheEnd(warmer) > 3);
    QVERIFY(CacheWarmer::cacheBytesUsed(db) >= warm);
    cacheMisses(db);
    QVERIFY(search.find(QStringLiteral("Lind"), ArrivalFilter::Everyone, 50));
    const int warmAgain = cacheMisses(db);
    QVERIFY2(warmAgain * 10 <= emptied,
             qPrintable(QStringLiteral("%1 pages warm, %2 emptied").arg(warmAgain).arg(emptied)));
}

void TestCacheWarmer::theEventWarmsBetweenEventsAndAgainAfterOthersWrote()
{
    {
        auto store = openStore();
        QVERIFY(store);
        const QSqlDatabase db = store->database();
        const qint64 opened = CacheWarmer::cacheBytesUsed(db);
        CacheWarmer warmer(db);
        QSignalSpy finished(&warmer, &CacheWarmer::finished);
        warmer.start();
        QVERIFY(warmer.isRunning());
        QCOMPARE(CacheWarmer::cacheBytesUsed(db), opened); // nothing read in the call itself
        QVERIFY(finished.wait(10000));
        QVERIFY(!warmer.isRunning());
        QVERIFY(CacheWarmer::cacheBytesUsed(db) > opened + 1024 * 1024);
    }

    auto opened = Event::open(m_path);
    QVERIFY(opened);
    Event& event = *opened.value();
    QSignalSpy warmed(&event, &Event::warmed);
    // Nobody asked: another connection's writes are not followed by reading.
    event.changedElsewhere();
    QVERIFY(!event.isWarming());

    event.keepSearchesWarm();
    QVERIFY(event.isWarming());
    QVERIFY(warmed.wait(10000));
    QVERIFY(!event.isWarming());
    event.changedElsewhere();
    QVERIFY(event.isWarming());
    QVERIFY(warmed.wait(10000));
    QCOMPARE(warmed.size(), 2);
}

QTEST_GUILESS_MAIN(TestCacheWarmer)
#include "tst_cachewarmer.moc"
