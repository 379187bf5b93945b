#include "event/event.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// The facade every face of the application uses: each action is committed when it returns, and
// announced by the signals views follow, once.
class TestEvent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void walkInIsAddedCheckedInAndAnnounced();
    void checkInAndUndoAreAnnouncedOnce();
    void aRefusedCheckInAnnouncesNothing();
    void editAnnouncesThePersonAndNewCounts();
    void importAnnouncesOnceAndPreviewWritesNothing();
    void organisationsAndDetails();
    void badgePrintsAreRecordedWithTheStation();
    void aSiblingSharesTheLock();

private:
    static AttendeeDetails person(const char* first, const char* last, const char* organisation);
    QString writeList(const QByteArray& csv);

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Event> m_event;
};

AttendeeDetails TestEvent::person(const char* first, const char* last, const char* organisation)
{
    AttendeeDetails details;
    details.firstName = QString::fromUtf8(first);
    details.lastName = QString::fromUtf8(last);
    details.organisation = QString::fromUtf8(organisation);
    return details;
}

QString TestEvent::writeList(const QByteArray& csv)
{
    const QString path = m_dir.filePath(QStringLiteral("list%1.csv").arg(++m_count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return {};
    return path;
}

void TestEvent::init()
{
    auto event = Event::create(m_dir.filePath(QStringLiteral("event%1.entre").arg(++m_count)),
                               {QStringLiteral("Kick-off"), QDate(2016, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    m_event = std::move(event).value();
    m_event->setStation(QStringLiteral("Desk 2"));
}

void TestEvent::cleanup()
{
    m_event.reset();
}

void TestEvent::walkInIsAddedCheckedInAndAnnounced()
{
    QSignalSpy people(m_event.get(), &Event::attendeesChanged);
    QSignalSpy counts(m_event.get(), &Event::countsChanged);
    QSignalSpy organisations(m_event.get(), &Event::organisationsChanged);
    auto added = m_event->addWalkIn(person("Märta", "Ödmark", "Umeå kommun"));
    QVERIFY2(added, qPrintable(added.error().message));
    QCOMPARE(added->status, CheckInOutcome::Status::CheckedIn);
    QCOMPARE(added->attendee.checkedInStation, QStringLiteral("Desk 2"));
    QCOMPARE(people.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(organisations.count(), 1);
    QCOMPARE(m_event->count(ArrivalFilter::Arrived).value(), 1);
    QCOMPARE(m_event->findByCode(added->attendee.code)->value().id, added->attendee.id);
}

void TestEvent::checkInAndUndoAreAnnouncedOnce()
{
    QVERIFY(m_event->import(writeList("Förnamn;Efternamn;E-post;Organisation\n"
                                      "Åsa;Lindgren;asa@example.se;Region Västerbotten\n")));
    const qint64 id = m_event->attendees()->value(0).id;
    QVERIFY(id != 0);

    QSignalSpy changed(m_event.get(), &Event::attendeeChanged);
    QSignalSpy counts(m_event.get(), &Event::countsChanged);
    auto ticked = m_event->checkIn(id);
    QVERIFY(ticked);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Attendee>().id, id);
    QVERIFY(changed.at(0).at(0).value<Attendee>().isCheckedIn());
    QCOMPARE(counts.count(), 1);

    auto again = m_event->checkIn(id);
    QCOMPARE(again->status, CheckInOutcome::Status::AlreadyCheckedIn);
    QCOMPARE(changed.count(), 1); // nothing written, nothing announced

    QVERIFY(m_event->undoCheckIn(id));
    QCOMPARE(changed.count(), 2);
    QVERIFY(!changed.at(1).at(0).value<Attendee>().isCheckedIn());
    QCOMPARE(counts.count(), 2);

    const auto log = m_event->checkInLog(id);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).action, QStringLiteral("check_in"));
    QCOMPARE(log->at(1).action, QStringLiteral("undo"));
    QCOMPARE(log->at(1).station, QStringLiteral("Desk 2"));
}

void TestEvent::aRefusedCheckInAnnouncesNothing()
{
    QSignalSpy changed(m_event.get(), &Event::attendeeChanged);
    QSignalSpy counts(m_event.get(), &Event::countsChanged);
    QVERIFY(!m_event->checkIn(4242));
    QVERIFY(!m_event->addWalkIn(person("", "", "Umeå kommun")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(counts.count(), 0);
    QCOMPARE(m_event->count().value(), 0);
}

void TestEvent::editAnnouncesThePersonAndNewCounts()
{
    auto added = m_event->addWalkIn(person("Örjan", "Nygren", "Umeå kommun"));
    QVERIFY(added);
    const qint64 id = added->attendee.id;

    QSignalSpy changed(m_event.get(), &Event::attendeeChanged);
    QSignalSpy counts(m_event.get(), &Event::countsChanged);
    AttendeeDetails details = detailsOf(added->attendee);
    details.lastName = QStringLiteral("Nyberg");
    auto edited = m_event->edit(id, details);
    QVERIFY2(edited, qPrintable(edited.error().message));
    QCOMPARE(edited->lastName, QStringLiteral("Nyberg"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(counts.count(), 0); // the same organisation: the counts stand

    details.organisation = QStringLiteral("Skellefteå kommun");
    QVERIFY(m_event->edit(id, details));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(counts.count(), 1);
    const auto log = m_event->editLog(id);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).station, QStringLiteral("Desk 2"));
}

void TestEvent::importAnnouncesOnceAndPreviewWritesNothing()
{
    const QString list = writeList("Förnamn;Efternamn;Organisation\n"
                                   "Emil;Hägglund;Umeå kommun\n"
                                   "Hanna;Berg;Västerbottens läns landsting\n");
    auto table = RegistrationTable::read(list, {});
    QVERIFY(table);

    const auto preview = m_event->previewImport(table.value());
    QVERIFY2(preview, qPrintable(preview.error().message));
    QCOMPARE(preview->added, 2);
    QCOMPARE(m_event->count().value(), 0);

    QSignalSpy people(m_event.get(), &Event::attendeesChanged);
    auto imported = m_event->import(table.value());
    QVERIFY(imported);
    QCOMPARE(imported->added, 2);
    QCOMPARE(people.count(), 1);
    const auto found = m_event->search(QStringLiteral("hägg"));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).fullName(), QStringLiteral("Emil Hägglund"));

    // A cancelled import changes nothing and announces nothing.
    const QString more = writeList("Förnamn;Efternamn\nZoë;Öberg\n");
    auto cancelled = m_event->import(more, {}, [](int, int) { return false; });
    QVERIFY(!cancelled);
    QCOMPARE(m_event->count().value(), 2);
    QCOMPARE(people.count(), 1);
}

void TestEvent::organisationsAndDetails()
{
    QVERIFY(m_event->addWalkIn(person("Emil", "Hägglund", "Hotell Lappland")));
    const auto all = m_event->organisations();
    QCOMPARE(all->size(), 1);
    QSignalSpy organisations(m_event.get(), &Event::organisationsChanged);
    QVERIFY(m_event->renameOrganisation(all->at(0).id, QStringLiteral("Hotell Lappland AB")));
    QVERIFY(m_event->retypeOrganisation(all->at(0).id, OrganisationType::Company));
    QCOMPARE(organisations.count(), 2);
    const auto stats = m_event->attendance();
    QCOMPARE(stats->byOrganisation.value(0).organisation, QStringLiteral("Hotell Lappland AB"));
    QCOMPARE(stats->byType.size(), 1);
    QCOMPARE(stats->byType.at(0).type, OrganisationType::Company);

    QSignalSpy info(m_event.get(), &Event::infoChanged);
    QVERIFY(!m_event->setInfo({QStringLiteral("  "), {}, {}}));
    QCOMPARE(info.count(), 0);
    QVERIFY(m_event->setInfo({QStringLiteral("Avslutning"), QDate(2016, 12, 1), {}}));
    QCOMPARE(info.count(), 1);
    QCOMPARE(m_event->info().name, QStringLiteral("Avslutning"));
}

void TestEvent::badgePrintsAreRecordedWithTheStation()
{
    auto added = m_event->addWalkIn(person("Zoë", "Öberg", "Region Västerbotten"));
    QVERIFY(added);
    QVERIFY(m_event->recordBadgesPrinted({added->attendee.id}, QStringLiteral("entre-test")));
    const auto log = m_event->badgeLog(added->attendee.id);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->at(0).station, QStringLiteral("Desk 2"));
    QCOMPARE(log->at(0).target, QStringLiteral("entre-test"));
    QVERIFY(m_event->attendee(added->attendee.id)->badgePrintedAt.isValid());
}

void TestEvent::aSiblingSharesTheLock()
{
    auto sibling = m_event->openSibling();
    QVERIFY2(sibling, qPrintable(sibling.error().message));
    QCOMPARE(sibling.value()->station(), QStringLiteral("Desk 2"));
    QVERIFY(sibling.value()->addWalkIn(person("Emil", "Hägglund", "Umeå kommun")));
    QCOMPARE(m_event->count().value(), 1);
    // Nobody else may write while this desk has the file.
    QCOMPARE(Event::open(m_event->path()).error().kind, ErrorKind::Refused);
}

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
