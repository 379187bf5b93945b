// The feed that reads an import's list on a thread of its own: order, the bound on how far the
// maker runs ahead, errors, and a taker that leaves early.
#include "util/boundedfeed.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace entre;

class TestBoundedFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void itemsArriveInOrderAndTheMakerStaysBounded();
    void anErrorArrivesAfterTheItemsBeforeIt();
    void aTakerThatLeavesStopsTheMaker();
    void aMakerStillPreparingSeesTheTakerLeave();
};

void TestBoundedFeed::itemsArriveInOrderAndTheMakerStaysBounded()
{
    constexpr int count = 20000;
    constexpr qsizetype batchSize = 16;
    constexpr qsizetype batches = 4;
    std::atomic<int> made = 0;
    std::atomic<int> taken = 0;
    std::atomic<int> mostAhead = 0;
    BoundedFeed<int> feed(
        [&](BoundedFeed<int>::Out& out) -> Result<void> {
            for (int i = 0; i < count; ++i) {
                const int ahead = ++made - taken;
                if (ahead > mostAhead)
                    mostAhead = ahead;
                if (!out.put(int(i)))
                    return {};
            }
            return {};
        },
        batchSize, batches);
    int item = -1;
    for (int expected = 0; expected < count; ++expected) {
        auto more = feed.next(item);
        QVERIFY(more.ok() && more.value());
        QCOMPARE(item, expected);
        ++taken;
        if (expected % 1000 == 0) // a slow taker: the maker has to wait for room
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    auto end = feed.next(item);
    QVERIFY(end.ok());
    QVERIFY(!end.value());
    // The taker's batch, the queued ones and the one the maker is filling.
    QVERIFY2(mostAhead <= batchSize * (batches + 2), qPrintable(QString::number(mostAhead)));
    QVERIFY(mostAhead > batchSize);
}

void TestBoundedFeed::anErrorArrivesAfterTheItemsBeforeIt()
{
    BoundedFeed<QString> feed([](BoundedFeed<QString>::Out& out) -> Result<void> {
        for (const char* word : {"Åsa", "Örjan", "Zoë"})
            out.put(QString::fromUtf8(word));
        return failed(QStringLiteral("The file could not be read."));
    });
    QStringList words;
    QString word;
    for (;;) {
        auto more = feed.next(word);
        if (!more) {
            QCOMPARE(more.error().message, QStringLiteral("The file could not be read."));
            break;
        }
        QVERIFY(more.value());
        words.append(word);
    }
    QCOMPARE(words,
             (QStringList{QStringLiteral("Åsa"), QStringLiteral("Örjan"), QStringLiteral("Zoë")}));
}

void TestBoundedFeed::aTakerThatLeavesStopsTheMaker()
{
    std::atomic<bool> refused = false;
    {
        BoundedFeed<int> feed(
            [&](BoundedFeed<int>::Out& out) -> Result<void> {
                for (int i = 0;; ++i) {
                    if (!out.put(int(i))) {
                        refused = true;
                        return {};
                    }
                }
            },
            8, 2);
        int item = 0;
        for (int i = 0; i < 3; ++i)
            QVERIFY(feed.next(item).value());
    } // returns only once the maker has
    QVERIFY(refused);
}

void TestBoundedFeed::aMakerStillPreparingSeesTheTakerLeave()
{
    std::atomic<bool> started = false;
    std::atomic<bool> sawLeave = false;
    {
        BoundedFeed<int> feed([&](BoundedFeed<int>::Out& out) -> Result<void> {
            started = true;
            while (out.wanted())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            sawLeave = true;
            return {};
        });
        while (!started)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    QVERIFY(sawLeave);
}

QTEST_GUILESS_MAIN(TestBoundedFeed)
#include "tst_boundedfeed.moc"
