// Edits and badge prints as desks share them: the latest edit of a field wins on every desk, with
// the desk id breaking ties, and the history keeps every edit; a badge counts as printed at its
// latest print; entries for people not here yet wait; unreadable ones change nothing; an older
// file numbers the edits and prints it has after its ticks.
#include "deskfixture.h"
#include "store/attendeeeditor.h"
#include "store/attendeerepository.h"
#include "store/badgeprintlog.h"
#include "store/checkinservice.h"
#include "store/deskedits.h"
#include "store/desklog.h"
#include "store/schema.h"
#include "util/isotime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

DeskEntry editFrom(const QString& desk, qint64 seq, const QString& atUtc, const QString& field,
                   const QString& value)
{
    return {desk,
            seq,
            QStringLiteral("edit"),
            QStringLiteral("T-1"),
            atUtc,
            QStringLiteral("Disk"),
            {},
            0,
            editDetails(field, QString(), value)};
}

DeskEntry printFrom(const QString& desk, qint64 seq, const QString& atUtc)
{
    return {desk,
            seq,
            QStringLiteral("badge_print"),
            QStringLiteral("T-1"),
            atUtc,
            QStringLiteral("Disk"),
            {},
            0,
            badgePrintDetails(QStringLiteral("PDF"))};
}

Attendee personOf(const QSqlDatabase& db)
{
    auto found = AttendeeRepository(db).byCode(QStringLiteral("T-1"));
    return found && found->has_value() ? found->value() : Attendee();
}

} // namespace

class TestDeskEdits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theLatestEditWins();
    void printsTravelAndTheLatestCounts();
    void editsWaitForTheirPerson();
    void unreadableEditsAreRefused();
    void aVersion7FileNumbersItsEditsAfterItsTicks();

private:
    QTemporaryDir m_dir;
};

void TestDeskEdits::theLatestEditWins()
{
    auto store = newDesk(m_dir.filePath(QStringLiteral("latest.entre")));
    const QSqlDatabase db = store->database();
    const qint64 id = addPerson(db, QStringLiteral("T-1"));
    DeskLog log(db);
    const QString email = QStringLiteral("email");
    QCOMPARE(
        log.receive({editFrom(QStringLiteral("m"), 1, QStringLiteral("2026-06-15T07:00:00.000Z"),
                              email, QStringLiteral("b@umea.example.se"))})
            .value(),
        1);
    QCOMPARE(personOf(db).email, QStringLiteral("b@umea.example.se"));
    // An earlier edit that comes late changes nothing but the history.
    QVERIFY(
        log.receive({editFrom(QStringLiteral("z"), 1, QStringLiteral("2026-06-15T06:59:00.000Z"),
                              email, QStringLiteral("a@umea.example.se"))})
            .ok());
    QCOMPARE(personOf(db).email, QStringLiteral("b@umea.example.se"));
    // At the same moment, the higher desk id wins; a lower one does not.
    QVERIFY(
        log.receive({editFrom(QStringLiteral("a"), 7, QStringLiteral("2026-06-15T07:00:00.000Z"),
                              email, QStringLiteral("c@umea.example.se"))})
            .ok());
    QCOMPARE(personOf(db).email, QStringLiteral("b@umea.example.se"));
    QVERIFY(
        log.receive({editFrom(QStringLiteral("x"), 2, QStringLiteral("2026-06-15T07:00:00.000Z"),
                              email, QStringLiteral("d@umea.example.se"))})
            .ok());
    QCOMPARE(personOf(db).email, QStringLiteral("d@umea.example.se"));
    // An edit here, now, is the latest; the other fields keep what they had.
    AttendeeDetails details = detailsOf(personOf(db));
    details.email = QStringLiteral("e@umea.example.se");
    auto edited = AttendeeEditor(db).edit(id, details, QStringLiteral("Disk 1"));
    QVERIFY2(edited.ok(), qPrintable(edited.error().message));
    QCOMPARE(edited->email, QStringLiteral("e@umea.example.se"));
    QCOMPARE(edited->lastName, QStringLiteral("Hägglund"));
    // Every edit is in the history, and this desk's own goes to the others.
    QCOMPARE(AttendeeEditor(db).log(id)->size(), 5);
    auto unsent = log.unsent(10);
    QVERIFY(unsent.ok());
    QCOMPARE(unsent->size(), 1);
    QCOMPARE(unsent->first().action, QStringLiteral("edit"));
    QCOMPARE(unsent->first().details, editDetails(email, QStringLiteral("d@umea.example.se"),
                                                  QStringLiteral("e@umea.example.se")));
}

void TestDeskEdits::printsTravelAndTheLatestCounts()
{
    auto store = newDesk(m_dir.filePath(QStringLiteral("prints.entre")));
    const QSqlDatabase db = store->database();
    const qint64 id = addPerson(db, QStringLiteral("T-1"));
    DeskLog log(db);
    QVERIFY(
        log.receive({printFrom(QStringLiteral("m"), 1, QStringLiteral("2026-06-15T07:00:00.000Z"))})
            .ok());
    QCOMPARE(toIsoUtc(personOf(db).badgePrintedAt), QStringLiteral("2026-06-15T07:00:00.000Z"));
    QVERIFY(
        log.receive({printFrom(QStringLiteral("m"), 2, QStringLiteral("2026-06-15T06:00:00.000Z"))})
            .ok());
    QCOMPARE(toIsoUtc(personOf(db).badgePrintedAt), QStringLiteral("2026-06-15T07:00:00.000Z"));
    QCOMPARE(BadgePrintLog(db).log(id)->size(), 2);
    // A print here goes to the others.
    QVERIFY(
        BadgePrintLog(db).record({id}, QStringLiteral("Disk 1"), QStringLiteral("Brother")).ok());
    auto unsent = log.unsent(10);
    QVERIFY(unsent.ok());
    QCOMPARE(unsent->size(), 1);
    QCOMPARE(unsent->first().action, QStringLiteral("badge_print"));
    QCOMPARE(unsent->first().details, badgePrintDetails(QStringLiteral("Brother")));
    QCOMPARE(toIsoUtc(personOf(db).badgePrintedAt), unsent->first().atUtc);
}

void TestDeskEdits::editsWaitForTheirPerson()
{
    auto store = newDesk(m_dir.filePath(QStringLiteral("waiting.entre")));
    const QSqlDatabase db = store->database();
    DeskLog log(db);
    const DeskEntry edit =
        editFrom(QStringLiteral("m"), 3, QStringLiteral("2026-06-15T07:00:00.000Z"),
                 QStringLiteral("title"), QStringLiteral("Handläggare"));
    const DeskEntry print =
        printFrom(QStringLiteral("m"), 4, QStringLiteral("2026-06-15T07:01:00.000Z"));
    QCOMPARE(log.receive({edit, print}).value(), 2);
    QCOMPARE(log.waitingCount().value(), 2);
    QCOMPARE(log.receive({edit}).value(), 0);
    addPerson(db, QStringLiteral("T-1"));
    QVERIFY(log.receive({}).ok());
    QCOMPARE(log.waitingCount().value(), 0);
    QCOMPARE(personOf(db).title, QStringLiteral("Handläggare"));
    QCOMPARE(toIsoUtc(personOf(db).badgePrintedAt), print.atUtc);
    auto entries = log.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value(), (QList<DeskEntry>{edit, print}));
}

void TestDeskEdits::unreadableEditsAreRefused()
{
    auto store = newDesk(m_dir.filePath(QStringLiteral("unreadable.entre")));
    const QSqlDatabase db = store->database();
    const qint64 id = addPerson(db, QStringLiteral("T-1"));
    DeskLog log(db);
    const QString at = QStringLiteral("2026-06-15T07:00:00.000Z");
    DeskEntry noField =
        editFrom(QStringLiteral("m"), 1, at, QStringLiteral("shoe_size"), QStringLiteral("44"));
    DeskEntry notJson = editFrom(QStringLiteral("m"), 2, at, QStringLiteral("email"), QString());
    notJson.details = QStringLiteral("{\"field\": \"email\", ");
    DeskEntry noDetails = editFrom(QStringLiteral("m"), 3, at, QStringLiteral("email"), QString());
    noDetails.details.clear();
    DeskEntry printWithoutTarget = printFrom(QStringLiteral("m"), 4, at);
    printWithoutTarget.details = QStringLiteral("{}");
    const DeskEntry good = editFrom(QStringLiteral("m"), 5, at, QStringLiteral("email"),
                                    QStringLiteral("ok@umea.example.se"));
    for (const DeskEntry& bad : {noField, notJson, noDetails, printWithoutTarget}) {
        auto received = log.receive({good, bad});
        QVERIFY(!received.ok());
        QCOMPARE(received.error().kind, ErrorKind::BadInput);
        QVERIFY(log.entries()->isEmpty());
        QCOMPARE(personOf(db).email, QString());
        QVERIFY(!personOf(db).badgePrintedAt.isValid());
        QVERIFY(AttendeeEditor(db).log(id)->isEmpty());
    }
}

void TestDeskEdits::aVersion7FileNumbersItsEditsAfterItsTicks()
{
    const QString path = m_dir.filePath(QStringLiteral("version7.entre"));
    QString desk;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(runQuery(
                    db, QStringLiteral("PRAGMA application_id = %1").arg(EventStore::applicationId))
                    .ok());
        QVERIFY(schema::migrate(db, 7).ok());
        QVERIFY(runQuery(db, QStringLiteral("INSERT INTO event_info VALUES ('name', 'Old event')"))
                    .ok());
        addPerson(db, QStringLiteral("T-1"));
        auto id =
            runQuery(db, QStringLiteral("SELECT value FROM event_info WHERE key = 'desk_id'"));
        QVERIFY(id.ok() && id->next());
        desk = id->value(0).toString();
        QVERIFY(runQuery(
                    db,
                    QStringLiteral("INSERT INTO checkin_log(attendee_id, action, at_utc, station, "
                                   "desk_id, seq) VALUES (1, 'check_in', "
                                   "'2026-06-15T07:01:00.000Z', 'desk 1', ?, 1), (1, "
                                   "'check_in', '2026-06-15T07:02:00.000Z', 'desk 1', 'other', 9)"),
                    {desk})
                    .ok());
        QVERIFY(runQuery(db,
                         QStringLiteral("INSERT INTO desk_walkins VALUES (?, 2, 'W-1', '{}', "
                                        "'2026-06-15T07:03:00.000Z', 'desk 1')"),
                         {desk})
                    .ok());
        QVERIFY(runQuery(db, QStringLiteral(
                                 "INSERT INTO edit_log(attendee_id, at_utc, station, field, "
                                 "old_value, new_value) VALUES (1, "
                                 "'2026-06-15T07:04:00.000Z', 'desk 1', 'title', '', 'Chef'), "
                                 "(1, '2026-06-15T07:05:00.000Z', 'desk 1', 'email', '', "
                                 "'a@b.se')"))
                    .ok());
        QVERIFY(runQuery(db, QStringLiteral(
                                 "INSERT INTO badge_log(attendee_id, at_utc, station, target) "
                                 "VALUES (1, '2026-06-15T07:06:00.000Z', 'desk 1', 'PDF')"))
                    .ok());
        QVERIFY(
            runQuery(db, QStringLiteral("INSERT INTO desk_inbox VALUES ('other', 12, 'check_in', "
                                        "'X-9', '2026-06-15T07:07:00.000Z', 'desk 2', NULL, NULL)"))
                .ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));

    auto store = EventStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    DeskLog log(store.value()->database());
    auto mine = log.unsent(10);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 5);
    QList<qint64> numbers;
    QStringList actions;
    for (const DeskEntry& entry : mine.value()) {
        numbers.append(entry.seq);
        actions.append(entry.action);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("check_in"), QStringLiteral("walk_in"),
                                   QStringLiteral("edit"), QStringLiteral("edit"),
                                   QStringLiteral("badge_print")}));
    QCOMPARE(numbers, (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(mine->at(2).details,
             editDetails(QStringLiteral("title"), QString(), QStringLiteral("Chef")));
    // The inbox kept what waited, and the next entry of this desk follows the last.
    QCOMPARE(log.waitingCount().value(), 1);
    QCOMPARE(log.known()->value(QStringLiteral("other")), 12);
    QVERIFY(CheckInService(store.value()->database()).checkIn(1, QStringLiteral("desk 1")).ok());
    QCOMPARE(log.unsent(10)->constLast().seq, 6);
}

QTEST_GUILESS_MAIN(TestDeskEdits)
#include "tst_deskedits.moc"
