// Faults at the door, in the core: a full disk, a file busy in another program, a file made
// read-only while open, and a copy onto a full or read-only disk. Each says what to do, writes
// nothing, and the next write works once the fault is gone.
#include "eventsnapshot.h"
#include "faultyvolume.h"
#include "import/registrationimporter.h"
#include "otherwriter.h"
#include "store/checkinservice.h"
#include "store/sqlquery.h"
#include "store/walkinservice.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;
using namespace eventsnapshot;

namespace {

AttendeeDetails walkIn()
{
    AttendeeDetails d;
    d.firstName = QStringLiteral("Märta");
    d.lastName = QStringLiteral("Ödmark");
    d.organisation = QStringLiteral("Umeå kommun");
    return d;
}

qint64 idOf(const QSqlDatabase& db, const QString& code)
{
    auto found = AttendeeRepository(db).byCode(code);
    return found && found->has_value() ? found->value().id : 0;
}

int addedBy(const Result<ImportReport>& report)
{
    if (!report)
        qWarning("import failed: %s", qPrintable(report.error().message));
    return report ? report->added : -1;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

#define REQUIRE_VOLUME(volume) QVERIFY2((volume).usable(), qPrintable((volume).problem()))

class TestStoreFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mapsSqliteErrorsToWhatToDo_data();
    void mapsSqliteErrorsToWhatToDo();
    void fullDiskWritesNothingAndRecovers();
    void busyFileSaysWhatToDoAndRecovers();
    void fileMadeReadOnlyWhileOpen();
    void copyOntoAFullOrReadOnlyDisk();

private:
    QTemporaryDir m_dir;
    QString m_csv; // two new people, written before any disk is filled
};

void TestStoreFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath(QStringLiteral("list.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Förnamn;Efternamn;Organisation\n"
              "Örjan;Nygren;Umeå kommun\n"
              "Birgitta;Sundin;Region Västerbotten\n");
}

void TestStoreFaults::mapsSqliteErrorsToWhatToDo_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    const int refusedKind = int(ErrorKind::Refused);
    const int failedKind = int(ErrorKind::Failed);
    // Qt passes SQLite's extended codes: 517 is a busy snapshot, 778 a failed write.
    QTest::newRow("busy") << "5" << refusedKind << "close the other program";
    QTest::newRow("busy snapshot") << "517" << refusedKind << "another program is writing";
    QTest::newRow("locked") << "6" << refusedKind << "is busy";
    QTest::newRow("read-only") << "8" << refusedKind << "Make it writable again";
    QTest::newRow("moved while open") << "1032" << refusedKind << "has become read-only";
    QTest::newRow("full") << "13" << failedKind << "The disk is full. Free some space";
    QTest::newRow("I/O") << "10" << failedKind << "still connected";
    QTest::newRow("write failed") << "778" << failedKind << "could not be read or written";
    QTest::newRow("cannot open") << "14" << failedKind << "may write to it";
    QTest::newRow("other") << "1" << failedKind << "Database error: no such table: x";
}

void TestStoreFaults::mapsSqliteErrorsToWhatToDo()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QFETCH(QString, says);
    const Error error =
        sqlFailure(QSqlError(QStringLiteral("Unable to execute statement"),
                             QStringLiteral("no such table: x"), QSqlError::StatementError, code));
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
}

void TestStoreFaults::fullDiskWritesNothingAndRecovers()
{
    FaultyVolume volume;
    REQUIRE_VOLUME(volume);
    auto store = createEvent(volume.filePath(QStringLiteral("event.entre")));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    CheckInService checkIns(db);
    const qint64 emil = idOf(db, QStringLiteral("DV16-001"));
    const qint64 hanna = idOf(db, QStringLiteral("DV16-003"));
    QVERIFY(checkIns.checkIn(hanna, QStringLiteral("desk 1")));
    const QStringList before = contents(db);
    const QString says = volume.isTmpfs() ? QStringLiteral("The disk is full.")
                                          : QStringLiteral("could not be read or written");

    QVERIFY(emptyWal(db));
    QVERIFY(volume.fill());
    auto ticked = checkIns.checkIn(emil, QStringLiteral("desk 1"));
    QVERIFY(!ticked);
    QCOMPARE(ticked.error().kind, ErrorKind::Failed);
    QVERIFY2(ticked.error().message.contains(says), qPrintable(ticked.error().message));
    auto undone = checkIns.undo(hanna, QStringLiteral("desk 1"));
    QVERIFY(!undone);
    QVERIFY2(undone.error().message.contains(says), qPrintable(undone.error().message));
    auto added = WalkInService(db).addAndCheckIn(walkIn(), QStringLiteral("desk 1"));
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(says), qPrintable(added.error().message));
    auto imported = RegistrationImporter(*store).run(m_csv);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
    QCOMPARE(contents(db), before);
    QCOMPARE(disagreements(db), QStringList());

    // Space is freed: the same connection writes again, nothing reopened.
    volume.free();
    QVERIFY(checkIns.checkIn(emil, QStringLiteral("desk 1")));
    QVERIFY(checkIns.undo(hanna, QStringLiteral("desk 1")));
    QVERIFY(WalkInService(db).addAndCheckIn(walkIn(), QStringLiteral("desk 1")));
    QCOMPARE(addedBy(RegistrationImporter(*store).run(m_csv)), 2);
    QCOMPARE(checkIns.log().value().size(), 4); // Hanna, Emil, Hanna's undo, Märta
    QCOMPARE(disagreements(db), QStringList());
}

void TestStoreFaults::busyFileSaysWhatToDoAndRecovers()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.entre"));
    auto store = createEvent(path);
    QVERIFY(store);
    QSqlDatabase db = store->database();
    CheckInService checkIns(db);
    const qint64 emil = idOf(db, QStringLiteral("DV16-001"));
    const QStringList before = contents(db);
    {
        OtherWriter other(path);
        QVERIFY(other.isWriting());
        QElapsedTimer waited;
        waited.start();
        auto ticked = checkIns.checkIn(emil, QStringLiteral("desk 1"));
        QVERIFY(!ticked);
        QVERIFY2(waited.elapsed() >= 2500, "a short lock is waited out, not refused at once");
        QCOMPARE(ticked.error().kind, ErrorKind::Refused);
        QVERIFY2(ticked.error().message.startsWith(
                     QStringLiteral("The event file is busy: another program is writing to it.")),
                 qPrintable(ticked.error().message));
        QVERIFY(ticked.error().message.contains(QStringLiteral("close the other program")));
        QCOMPARE(contents(db), before);
        // A copy only reads, so it is not held up by the other writer.
        const QString copy = m_dir.filePath(QStringLiteral("busy copy.entre"));
        QVERIFY(store->saveCopy(copy));
        QVERIFY(other.run(QStringLiteral("UPDATE attendees SET notes = 'from elsewhere' "
                                         "WHERE code = 'DV16-002'")));
        QVERIFY(other.finish(QStringLiteral("COMMIT")));
    }
    QVERIFY(checkIns.checkIn(emil, QStringLiteral("desk 1")));
    QCOMPARE(AttendeeRepository(db).byCode(QStringLiteral("DV16-002")).value()->notes,
             QStringLiteral("from elsewhere"));

    const QStringList committed = contents(db);
    {
        OtherWriter other(path);
        QVERIFY(other.isWriting());
        auto added = WalkInService(db).addAndCheckIn(walkIn(), QStringLiteral("desk 1"));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("is busy")),
                 qPrintable(added.error().message));
        auto imported = RegistrationImporter(*store).run(m_csv);
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, ErrorKind::Refused);
        QVERIFY2(imported.error().message.contains(QStringLiteral("is busy")),
                 qPrintable(imported.error().message));
        QCOMPARE(contents(db), committed);
        QVERIFY(other.finish(QStringLiteral("ROLLBACK")));
    }
    QVERIFY(WalkInService(db).addAndCheckIn(walkIn(), QStringLiteral("desk 1")));
    QCOMPARE(addedBy(RegistrationImporter(*store).run(m_csv)), 2);
    QCOMPARE(disagreements(db), QStringList());
}

void TestStoreFaults::fileMadeReadOnlyWhileOpen()
{
    FaultyVolume volume;
    REQUIRE_VOLUME(volume);
    const QString path = volume.filePath(QStringLiteral("event.entre"));
    auto store = createEvent(path);
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QVERIFY(volume.freeze(path));

    // The desk's own connection keeps the file it opened: ticks still go in.
    QVERIFY(CheckInService(db).checkIn(idOf(db, QStringLiteral("DV16-001")), {}));
    const QStringList before = contents(db);
    // A new connection (an import runs on one) can only read it.
    {
        auto sibling = store->openSibling();
        QVERIFY2(sibling, qPrintable(sibling.error().message));
        auto imported = RegistrationImporter(*sibling.value()).run(m_csv);
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, ErrorKind::Refused);
        QVERIFY2(imported.error().message.contains(
                     QStringLiteral("The event file has become read-only. Make it writable")),
                 qPrintable(imported.error().message));
    }
    QCOMPARE(contents(db), before);

    volume.thaw(path);
    auto sibling = store->openSibling();
    QVERIFY(sibling);
    QCOMPARE(addedBy(RegistrationImporter(*sibling.value()).run(m_csv)), 2);
    QCOMPARE(AttendeeRepository(db).count().value(), 5);
}

void TestStoreFaults::copyOntoAFullOrReadOnlyDisk()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("copied.entre")));
    QVERIFY(store);
    FaultyVolume stick;
    REQUIRE_VOLUME(stick);
    const QString target = stick.filePath(QStringLiteral("copy.entre"));
    QVERIFY(store->saveCopy(target));
    const QByteArray older = bytesOf(target);
    QVERIFY(!older.isEmpty());
    QVERIFY(CheckInService(store->database())
                .checkIn(idOf(store->database(), QStringLiteral("DV16-001")), {}));

    QVERIFY(stick.fill());
    auto saved = store->saveCopy(target);
    QVERIFY(!saved);
    const QString says = stick.isTmpfs() ? QStringLiteral("The disk is full.")
                                         : QStringLiteral("could not be read or written");
    QVERIFY2(saved.error().message.contains(says), qPrintable(saved.error().message));
    stick.free();
    QCOMPARE(bytesOf(target), older); // the copy already there is kept whole
    const QStringList leftOnTheStick =
        QDir(stick.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(leftOnTheStick, QStringList{QStringLiteral("copy.entre")}); // no part of a copy
    QVERIFY(store->saveCopy(target));
    QVERIFY(bytesOf(target) != older);

    QVERIFY(stick.setReadOnly(true));
    saved = store->saveCopy(stick.filePath(QStringLiteral("another.entre")));
    QVERIFY(stick.setReadOnly(false));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("could not be opened or created")),
             qPrintable(saved.error().message));
    QCOMPARE(QDir(stick.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("copy.entre")});
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
