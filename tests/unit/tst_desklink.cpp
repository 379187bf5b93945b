// Two desks kept in step by DeskLink through a real PostgreSQL: a check-in, an undo, a walk-in, an
// edit and a badge print at one reach the other by the server's notice, well before the catch-up
// round; with the server stopped a desk says it is offline and counts what waits; when it is back,
// everything goes across.
#include "desks/deskaddress.h"
#include "desks/desklink.h"
#include "desks/deskserver.h"
#include "event/event.h"
#include "store/attendeeeditor.h"
#include "store/deskmerges.h"
#include "throwawaypostgres.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

// Longer than the two seconds a check-in may take to reach another desk, so that only the
// server's notice can make it in time.
constexpr auto catchUp = std::chrono::seconds(8);

qint64 idOf(Event& event, const QString& code)
{
    auto found = event.findByCode(code);
    return found && found->has_value() ? found->value().id : 0;
}

Attendee personOf(Event& event, const QString& code)
{
    auto found = event.findByCode(code);
    return found && found->has_value() ? found->value() : Attendee();
}

bool arrived(Event& event, const QString& code)
{
    auto found = event.findByCode(code);
    return found && found->has_value() && found->value().isCheckedIn();
}

} // namespace

class TestDeskLink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkInsReachTheOtherDeskAtOnce();
    void offlineAndBack();
    void aServerFromAnEarlierVersionIsUpgraded();

private:
    std::unique_ptr<ThrowawayPostgres> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Event> m_first;
    std::unique_ptr<Event> m_second;
};

void TestDeskLink::initTestCase()
{
    m_server = std::make_unique<ThrowawayPostgres>();
    if (!m_server->available()) {
        if (qEnvironmentVariableIntValue("ENTRE_REQUIRE_E2E") == 1)
            QFAIL(qPrintable(m_server->why()));
        QSKIP(qPrintable(m_server->why()));
    }
    qputenv("PGPASSWORD", ThrowawayPostgres::password().toUtf8());
    const QString list = m_dir.filePath(QStringLiteral("list.csv"));
    QFile csv(list);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Förnamn;Efternamn;Organisation;Biljett\n"
              "Åsa;Hägglund;Umeå kommun;T-1\n"
              "Örjan;Öberg;Region Västerbotten;T-2\n"
              "Anna;Lind;Malå kommun;T-3\n");
    csv.close();
    auto first = Event::create(m_dir.filePath(QStringLiteral("first.entre")),
                               EventInfo{QStringLiteral("Kick-off"), {}, {}});
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    m_first = std::move(first).value();
    auto imported = m_first->import(list);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    auto address = DeskAddress::parse(m_server->url());
    QVERIFY(address.ok());
    auto published = m_first->publishToDesks(address.value());
    QVERIFY2(published.ok(), qPrintable(published.error().message));
    auto second = Event::joinDesks(m_dir.filePath(QStringLiteral("second.entre")), address.value());
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    m_second = std::move(second).value();
    QCOMPARE(m_second->count().value(), 3);
}

void TestDeskLink::checkInsReachTheOtherDeskAtOnce()
{
    DeskLink firstLink(m_first.get(), {}, nullptr, catchUp);
    DeskLink secondLink(m_second.get(), {}, nullptr, catchUp);
    QTRY_COMPARE(firstLink.state(), DeskLink::State::Connected);
    QTRY_COMPARE(secondLink.state(), DeskLink::State::Connected);

    QSignalSpy changed(m_second.get(), &Event::attendeesChanged);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_first->checkIn(idOf(*m_first, QStringLiteral("T-1"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(arrived(*m_second, QStringLiteral("T-1")), 2000);
    qInfo("a check-in reached the other desk in %lld ms", timer.elapsed());
    // The views are told once the round is back on this thread, just after the file has it.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
    QTRY_COMPARE(firstLink.pending(), 0);

    // And back the other way: an undo.
    QVERIFY(m_second->undoCheckIn(idOf(*m_second, QStringLiteral("T-1"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!arrived(*m_first, QStringLiteral("T-1")), 2000);

    // A walk-in at one desk is added, and arrived, at the other.
    AttendeeDetails walkIn;
    walkIn.firstName = QStringLiteral("Kalle");
    walkIn.lastName = QStringLiteral("Spontan");
    walkIn.organisation = QStringLiteral("Vännäs kommun");
    auto added = m_second->addWalkIn(walkIn);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(arrived(*m_first, added->attendee.code), 2000);
    QCOMPARE(m_first->count().value(), 4);

    // A corrected name at one desk, and a badge printed at the other.
    const qint64 anna = idOf(*m_first, QStringLiteral("T-3"));
    AttendeeDetails corrected = detailsOf(m_first->attendee(anna).value());
    corrected.lastName = QStringLiteral("Lindqvist");
    QVERIFY(m_first->edit(anna, corrected).ok());
    QTRY_COMPARE_WITH_TIMEOUT(personOf(*m_second, QStringLiteral("T-3")).lastName,
                              QStringLiteral("Lindqvist"), 2000);
    QVERIFY(m_second
                ->recordBadgesPrinted({idOf(*m_second, QStringLiteral("T-3"))},
                                      QStringLiteral("Brother QL"))
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(personOf(*m_first, QStringLiteral("T-3")).badgePrintedAt.isValid(),
                             2000);

    // Two people found to be one at one desk are one at the other: the one from the list stays,
    // arrived by the walk-in's tick.
    QVERIFY(m_first
                ->mergePeople(idOf(*m_first, added->attendee.code),
                              idOf(*m_first, QStringLiteral("T-1")))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_second->count().value(), 3, 2000);
    QVERIFY(arrived(*m_second, QStringLiteral("T-1")));
}

void TestDeskLink::offlineAndBack()
{
    DeskLink firstLink(m_first.get(), {}, nullptr, std::chrono::milliseconds(500));
    DeskLink secondLink(m_second.get(), {}, nullptr, std::chrono::milliseconds(500));
    QTRY_COMPARE(secondLink.state(), DeskLink::State::Connected);

    m_server->stop();
    QVERIFY(m_second->checkIn(idOf(*m_second, QStringLiteral("T-2"))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(secondLink.state(), DeskLink::State::Offline, 10000);
    QTRY_COMPARE(secondLink.pending(), 1);
    QVERIFY(!secondLink.problem().isEmpty());
    QVERIFY(arrived(*m_second, QStringLiteral("T-2"))); // the desk goes on alone
    QVERIFY(!arrived(*m_first, QStringLiteral("T-2")));

    QVERIFY(m_server->start());
    QTRY_COMPARE_WITH_TIMEOUT(secondLink.state(), DeskLink::State::Connected, 10000);
    QCOMPARE(secondLink.pending(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(arrived(*m_first, QStringLiteral("T-2")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(firstLink.state(), DeskLink::State::Connected, 10000);
}

void TestDeskLink::aServerFromAnEarlierVersionIsUpgraded()
{
    auto address = DeskAddress::parse(m_server->url());
    QVERIFY(address.ok());
    {
        // The server as the version before merges left it (but for the merges the tests above
        // sent, which NOT VALID leaves alone).
        auto older = DeskServer::connect(address.value());
        QVERIFY2(older.ok(), qPrintable(older.error().message));
        QSqlQuery query(older.value()->database());
        for (const char* sql :
             {"ALTER TABLE entre_log DROP CONSTRAINT entre_log_action_check",
              "ALTER TABLE entre_log ADD CONSTRAINT entre_log_action_check CHECK (action IN "
              "('check_in', 'undo', 'walk_in', 'edit', 'badge_print')) NOT VALID",
              "UPDATE entre_schema SET version = 2"})
            QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
    }
    auto server = DeskServer::connect(address.value());
    QVERIFY2(server.ok(), qPrintable(server.error().message));
    QSqlQuery version(server.value()->database());
    QVERIFY(version.exec(QStringLiteral("SELECT max(version) FROM entre_schema")) &&
            version.next());
    QCOMPARE(version.value(0).toInt(), DeskServer::schemaVersion);
    version.finish();
    // It takes merges now.
    auto eventId = m_first->deskStatus();
    QVERIFY(eventId.ok());
    const DeskEntry merge{QStringLiteral("upgradetest"),
                          1,
                          QStringLiteral("merge"),
                          QStringLiteral("T-8"),
                          QStringLiteral("2026-06-15T07:00:00.000Z"),
                          QStringLiteral("Disk"),
                          {},
                          0,
                          mergeDetails(QStringLiteral("T-9"))};
    auto sent = server.value()->send(eventId->link.eventId, {merge});
    QVERIFY2(sent.ok(), qPrintable(sent.error().message));
    QCOMPARE(server.value()->heads(eventId->link.eventId)->value(QStringLiteral("upgradetest")), 1);
}

QTEST_GUILESS_MAIN(TestDeskLink)
#include "tst_desklink.moc"
