// Two people found to be one: a merge is an entry of the desk's series, every desk picks the same
// person to keep whatever order the merges reach it in, the ticks and badge prints of both count
// for that person, and the other one leaves the lists, searches and counts.
#include "deskfixture.h"
#include "reports/attendancestats.h"
#include "search/attendeesearch.h"
#include "store/attendeerepository.h"
#include "store/auditlog.h"
#include "store/badgeprintlog.h"
#include "store/checkinservice.h"
#include "store/deskmerges.h"
#include "store/deskwalkin.h"
#include "store/organisationrepository.h"
#include "store/transaction.h"
#include "store/walkinservice.h"
#include "util/isotime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

// Kalle Spontan from Umeå kommun, added and ticked at this desk; returns his code.
QString addKalle(EventStore& desk, const QString& station)
{
    AttendeeDetails kalle;
    kalle.firstName = QStringLiteral("Kalle");
    kalle.lastName = QStringLiteral("Spontan");
    kalle.organisation = QStringLiteral("Umeå kommun");
    auto added = WalkInService(desk.database()).addAndCheckIn(kalle, station);
    if (!added)
        qFatal("%s", qPrintable(added.error().message));
    return added->attendee.code;
}

// Sends each desk's unsent entries to the other, once.
void exchange(EventStore& one, EventStore& other)
{
    QList<DeskEntry> all = DeskLog(one.database()).unsent(1000).value();
    all += DeskLog(other.database()).unsent(1000).value();
    for (EventStore* desk : {&one, &other}) {
        auto received = DeskLog(desk->database()).receive(all);
        QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().message));
    }
}

// Two desks that each added Kalle while apart, and have met since.
struct TwoKalles {
    std::unique_ptr<EventStore> first;
    std::unique_ptr<EventStore> second;
    QString here;  // his code at the first desk
    QString there; // and at the second
};

TwoKalles twoKalles(const QTemporaryDir& dir, const QString& name)
{
    TwoKalles desks{newDesk(dir.filePath(name + QStringLiteral("1.entre"))),
                    newDesk(dir.filePath(name + QStringLiteral("2.entre"))),
                    {},
                    {}};
    desks.here = addKalle(*desks.first, QStringLiteral("Disk 1"));
    desks.there = addKalle(*desks.second, QStringLiteral("Disk 2"));
    exchange(*desks.first, *desks.second);
    return desks;
}

Attendee personOn(EventStore& desk, const QString& code)
{
    auto found = AttendeeRepository(desk.database()).byCode(code);
    return found && found->has_value() ? found->value() : Attendee();
}

Result<void> merge(EventStore& desk, const QString& code, const QString& sameAs)
{
    Transaction transaction(desk.database());
    auto merged = DeskLog(desk.database())
                      .appendMerge(personOn(desk, code).id, personOn(desk, sameAs).id,
                                   QStringLiteral("Disk"), nowIsoUtc());
    if (!merged)
        return merged;
    return transaction.commit();
}

// The code of the person another stands for in the lists, or their own.
QString shownAs(EventStore& desk, const QString& code)
{
    auto query =
        runQuery(desk.database(),
                 QStringLiteral("SELECT coalesce(s.code, a.code) FROM attendees a LEFT JOIN "
                                "attendees s ON s.id = a.merged_into WHERE a.code = ?"),
                 {code});
    return query && query->next() ? query->value(0).toString() : QString();
}

// The earlier walk-in of the two by their entries, as every desk sees them.
QString earlierWalkIn(EventStore& desk, const QString& a, const QString& b)
{
    QList<DeskEntry> walkIns;
    const QList<DeskEntry> held = DeskLog(desk.database()).entries().value();
    for (const DeskEntry& entry : held) {
        if (entry.action == QLatin1String("walk_in") && (entry.code == a || entry.code == b))
            walkIns.append(entry);
    }
    if (walkIns.size() != 2)
        return QString();
    const auto key = [](const DeskEntry& e) { return std::tie(e.atUtc, e.deskId, e.seq); };
    return key(walkIns.at(0)) < key(walkIns.at(1)) ? walkIns.at(0).code : walkIns.at(1).code;
}

} // namespace

class TestDeskMerges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theEarlierWalkInStaysWithBothTicks();
    void mergesEitherWayAgree();
    void aMergeBeforeItsPeopleWaitsForThem();
    void anUndoTakesBackTheTicksOfBoth();
    void badgePrintsOfBothCount();
    void someoneFromTheListStays();
    void unreadableMergesAreRefused();

private:
    QTemporaryDir m_dir;
};

void TestDeskMerges::theEarlierWalkInStaysWithBothTicks()
{
    auto [first, second, here, there] = twoKalles(m_dir, QStringLiteral("stays"));
    const QString kept = earlierWalkIn(*first, here, there);
    const QString gone = kept == here ? there : here;
    QVERIFY(!kept.isEmpty());
    const QString firstTick = std::min(toIsoUtc(personOn(*first, here).checkedInAt),
                                       toIsoUtc(personOn(*first, there).checkedInAt));

    // Whoever asks, the same one stays.
    QVERIFY(merge(*first, kept, gone).ok());
    QCOMPARE(shownAs(*first, gone), kept);
    QCOMPARE(AttendeeRepository(first->database()).count().value(), 1);
    QCOMPARE(AttendeeRepository(first->database()).count(ArrivalFilter::Arrived).value(), 1);
    QCOMPARE(AttendeeRepository(first->database()).count(ArrivalFilter::Missing).value(), 0);
    QCOMPARE(toIsoUtc(personOn(*first, kept).checkedInAt), firstTick);
    auto found = AttendeeSearch(first->database()).find(QStringLiteral("Kalle"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().code, kept);
    QVERIFY(doubleWalkIns(first->database(), personOn(*first, kept).id)->isEmpty());
    auto stats = attendanceStats(first->database());
    QVERIFY(stats.ok());
    QCOMPARE(stats->registered, 1);
    QCOMPARE(stats->arrived, 1);
    auto organisations = OrganisationRepository(first->database()).all();
    QVERIFY(organisations.ok());
    QCOMPARE(organisations->size(), 1);
    QCOMPARE(organisations->first().registered, 1);

    // The history says who was found to be whom.
    AuditFilter merges;
    merges.kinds = {AuditKind::Merge};
    auto history = AuditLog(first->database()).entries(merges);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().attendeeId, personOn(*first, kept).id);
    QVERIFY2(history->first().detail.contains(gone), qPrintable(history->first().detail));

    // The other desk does the same when the merge reaches it.
    exchange(*first, *second);
    QCOMPARE(shownAs(*second, gone), kept);
    QCOMPARE(AttendeeRepository(second->database()).count().value(), 1);
    QCOMPARE(toIsoUtc(personOn(*second, kept).checkedInAt), firstTick);
    QVERIFY(doubleWalkIns(second->database(), personOn(*second, kept).id)->isEmpty());
    QCOMPARE(DeskLog(second->database()).entries().value(),
             DeskLog(first->database()).entries().value());
}

void TestDeskMerges::mergesEitherWayAgree()
{
    auto [first, second, here, there] = twoKalles(m_dir, QStringLiteral("either"));
    // Each desk merges the other way round while they cannot reach each other.
    QVERIFY(merge(*first, here, there).ok());
    QVERIFY(merge(*second, there, here).ok());
    exchange(*first, *second);
    const QString kept = earlierWalkIn(*first, here, there);
    for (EventStore* desk : {first.get(), second.get()}) {
        QCOMPARE(shownAs(*desk, here), kept);
        QCOMPARE(shownAs(*desk, there), kept);
        QCOMPARE(AttendeeRepository(desk->database()).count().value(), 1);
    }
}

void TestDeskMerges::aMergeBeforeItsPeopleWaitsForThem()
{
    auto [first, second, here, there] = twoKalles(m_dir, QStringLiteral("early"));
    auto third = newDesk(m_dir.filePath(QStringLiteral("early3.entre")));
    QVERIFY(merge(*first, here, there).ok());
    // The third desk hears of the merge before it has either Kalle.
    QList<DeskEntry> merges;
    QList<DeskEntry> rest;
    const QList<DeskEntry> held = DeskLog(first->database()).entries().value();
    for (const DeskEntry& entry : held)
        (entry.action == QLatin1String("merge") ? merges : rest).append(entry);
    QCOMPARE(merges.size(), 1);
    QCOMPARE(DeskLog(third->database()).receive(merges).value(), 1);
    QCOMPARE(DeskLog(third->database()).waitingCount().value(), 0);
    QCOMPARE(DeskLog(third->database()).receive(rest).value(), rest.size());
    const QString kept = earlierWalkIn(*first, here, there);
    QCOMPARE(shownAs(*third, here), kept);
    QCOMPARE(shownAs(*third, there), kept);
    QCOMPARE(AttendeeRepository(third->database()).count().value(), 1);
    QCOMPARE(AttendeeRepository(third->database()).count(ArrivalFilter::Arrived).value(), 1);
    QCOMPARE(personOn(*third, kept).checkedInAt, personOn(*first, kept).checkedInAt);
}

void TestDeskMerges::anUndoTakesBackTheTicksOfBoth()
{
    auto [first, second, here, there] = twoKalles(m_dir, QStringLiteral("undo"));
    QVERIFY(merge(*first, here, there).ok());
    const QString kept = earlierWalkIn(*first, here, there);
    auto undone =
        CheckInService(first->database()).undo(personOn(*first, kept).id, QStringLiteral("Disk 1"));
    QVERIFY(undone.ok());
    QCOMPARE(undone->status, CheckInOutcome::Status::Undone);
    QVERIFY(!personOn(*first, kept).isCheckedIn());
    QCOMPARE(AttendeeRepository(first->database()).count(ArrivalFilter::Arrived).value(), 0);

    // A desk that has the undos but not yet the merge: both Kalles are no longer arrived, though
    // the undos name the one kept.
    QList<DeskEntry> undos;
    const QList<DeskEntry> unsent = DeskLog(first->database()).unsent(100).value();
    for (const DeskEntry& entry : unsent) {
        if (entry.action == QLatin1String("undo"))
            undos.append(entry);
    }
    QCOMPARE(undos.size(), 2);
    QVERIFY(DeskLog(second->database()).receive(undos).ok());
    QVERIFY(!personOn(*second, here).isCheckedIn());
    QVERIFY(!personOn(*second, there).isCheckedIn());
}

void TestDeskMerges::badgePrintsOfBothCount()
{
    auto [first, second, here, there] = twoKalles(m_dir, QStringLiteral("badge"));
    const QString kept = earlierWalkIn(*first, here, there);
    const QString gone = kept == here ? there : here;
    QVERIFY(
        BadgePrintLog(first->database())
            .record({personOn(*first, gone).id}, QStringLiteral("Disk 1"), QStringLiteral("PDF"))
            .ok());
    const QDateTime printed = personOn(*first, gone).badgePrintedAt;
    QVERIFY(printed.isValid());
    QVERIFY(!personOn(*first, kept).badgePrintedAt.isValid());
    QVERIFY(merge(*first, gone, kept).ok());
    QCOMPARE(personOn(*first, kept).badgePrintedAt, printed);
    exchange(*first, *second);
    QCOMPARE(personOn(*second, kept).badgePrintedAt, printed);
}

void TestDeskMerges::someoneFromTheListStays()
{
    auto desk = newDesk(m_dir.filePath(QStringLiteral("listed.entre")));
    const QString walkIn = addKalle(*desk, QStringLiteral("Disk 1"));
    addPerson(desk->database(), QStringLiteral("T-1"));
    QVERIFY(merge(*desk, QStringLiteral("T-1"), walkIn).ok());
    QCOMPARE(shownAs(*desk, walkIn), QStringLiteral("T-1"));
    QCOMPARE(shownAs(*desk, QStringLiteral("T-1")), QStringLiteral("T-1"));
    // The walk-in's tick now counts for the person from the list.
    QCOMPARE(personOn(*desk, QStringLiteral("T-1")).checkedInAt.isValid(), true);
    QCOMPARE(AttendeeRepository(desk->database()).count().value(), 1);
}

void TestDeskMerges::unreadableMergesAreRefused()
{
    auto desk = newDesk(m_dir.filePath(QStringLiteral("unreadable.entre")));
    addPerson(desk->database(), QStringLiteral("T-1"));
    addPerson(desk->database(), QStringLiteral("T-2"));
    const DeskEntry good{QStringLiteral("x"),
                         1,
                         QStringLiteral("merge"),
                         QStringLiteral("T-1"),
                         QStringLiteral("2026-06-15T07:00:00.000Z"),
                         QStringLiteral("Disk"),
                         {},
                         0,
                         mergeDetails(QStringLiteral("T-2"))};
    for (const QString& details :
         {QString(), QStringLiteral("{"), QStringLiteral("{\"into\":\"T-2\"}"),
          mergeDetails(QStringLiteral("T-1")), mergeDetails(QString())}) {
        DeskEntry bad = good;
        bad.details = details;
        auto received = DeskLog(desk->database()).receive({bad});
        QVERIFY2(!received.ok(), qPrintable(details));
        QCOMPARE(received.error().kind, ErrorKind::BadInput);
    }
    QCOMPARE(DeskLog(desk->database()).entries()->size(), 0);
    QCOMPARE(AttendeeRepository(desk->database()).count().value(), 2);
    // And a person cannot be merged with themselves here either.
    QVERIFY(!merge(*desk, QStringLiteral("T-1"), QStringLiteral("T-1")).ok());
    QCOMPARE(DeskLog(desk->database()).receive({good}).value(), 1);
    QCOMPARE(AttendeeRepository(desk->database()).count().value(), 1);
}

QTEST_GUILESS_MAIN(TestDeskMerges)
#include "tst_deskmerges.moc"
