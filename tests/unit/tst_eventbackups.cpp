#include "event/eventbackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace entre;

namespace {

constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QFileDevice::Permissions unixBits(const QString& path)
{
    // Qt reports the owner bits twice (as owner and as user); only the Unix bits matter here.
    return QFileInfo(path).permissions() &
           (ownerFolder | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

// What a backup holds, read as the tests read it: immutable, so nothing is written beside it.
struct BackupContents {
    QString integrity;
    int arrived = -1;
    int arrivedByLog = -1;
    int logRows = -1;
};

BackupContents readBackup(const QString& path)
{
    BackupContents contents;
    const QString name = QStringLiteral("test-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                contents.integrity = query.value(0).toString();
            if (query.exec(QStringLiteral("SELECT count(checked_in_at) FROM attendees")) &&
                query.next())
                contents.arrived = query.value(0).toInt();
            // A person is in when they have more check-ins than undos in the log.
            if (query.exec(QStringLiteral(
                    "SELECT count(*) FROM (SELECT attendee_id, sum(action = 'check_in') - "
                    "sum(action = 'undo') AS n FROM checkin_log GROUP BY attendee_id) WHERE n > "
                    "0")) &&
                query.next())
                contents.arrivedByLog = query.value(0).toInt();
            if (query.exec(QStringLiteral("SELECT count(*) FROM checkin_log")) && query.next())
                contents.logRows = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

} // namespace

// Automatic backups: where they go, what they hold, how many are kept, and restoring one.
class TestEventBackups : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backupsLiveUnderTheDataLocation();
    void eachEventHasItsOwnFolder();
    void takeListAndPruneKeepTheNewestTwenty();
    void listingLeavesTheBackupsAsTheyAre();
    void anUnreadableBackupIsSaidSo();
    void aBackupDuringABurstOfCheckInsIsConsistent();
    void restoreKeepsTheCurrentFileFirst();
    void restoreIsRefusedWhileADeskHasTheEvent();
    void restoreNeverAppliesAStaleJournal();
    void restoreRefusesADamagedBackup();

private:
    QString eventPath() const { return m_dir.filePath(QStringLiteral("Kick-off.entre")); }
    QString root() const { return m_dir.filePath(QStringLiteral("backups")); }
    void addPeople(int count);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<Event> m_event;
};

void TestEventBackups::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
}

void TestEventBackups::init()
{
    QFile::remove(eventPath());
    QDir(root()).removeRecursively();
    auto event = Event::create(eventPath(), {QStringLiteral("Kick-off"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    m_event = std::move(event).value();
}

void TestEventBackups::cleanup()
{
    m_event.reset();
}

void TestEventBackups::addPeople(int count)
{
    QByteArray csv = "Förnamn;Efternamn;Organisation\n";
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("Anna%1;Lind;Umeå kommun\n").arg(i).toUtf8();
    const QString list = m_dir.filePath(QStringLiteral("list.csv"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv);
    file.close();
    auto report = m_event->import(list);
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->added, count);
}

void TestEventBackups::backupsLiveUnderTheDataLocation()
{
    QVERIFY(EventBackups::defaultRoot().startsWith(m_home.path() + QLatin1Char('/')));
    QVERIFY(EventBackups::defaultRoot().endsWith(QLatin1String("/backups")));
    EventBackups backups(eventPath());
    QVERIFY(backups.directory().startsWith(EventBackups::defaultRoot()));
    auto taken = backups.take(*m_event);
    QVERIFY2(taken, qPrintable(taken.error().message));
    QVERIFY(QFileInfo(taken->path).absolutePath().startsWith(m_home.path()));
    QCOMPARE(unixBits(EventBackups::defaultRoot()), ownerFolder);
}

void TestEventBackups::eachEventHasItsOwnFolder()
{
    QTemporaryDir other;
    const QString sameName = QDir(other.path()).filePath(QStringLiteral("Kick-off.entre"));
    QCOMPARE(EventBackups(eventPath(), root()).directory(),
             EventBackups(eventPath(), root()).directory());
    QVERIFY(EventBackups(eventPath(), root()).directory() !=
            EventBackups(sameName, root()).directory());
    QVERIFY(QFileInfo(EventBackups(eventPath(), root()).directory())
                .fileName()
                .startsWith(QLatin1String("Kick-off-")));
}

void TestEventBackups::takeListAndPruneKeepTheNewestTwenty()
{
    addPeople(5);
    EventBackups backups(eventPath(), root());
    QStringList taken;
    for (int i = 0; i < 23; ++i) {
        if (i < 5)
            QVERIFY(m_event->checkIn(i + 1));
        auto backup = backups.take(*m_event);
        QVERIFY2(backup, qPrintable(backup.error().message));
        QCOMPARE(backup->registered, 5);
        QCOMPARE(backup->arrived, std::min(i + 1, 5));
        QCOMPARE(unixBits(backup->path), ownerFile);
        taken.prepend(backup->path);
    }
    QCOMPARE(unixBits(backups.directory()), ownerFolder);
    QCOMPARE(unixBits(root()), ownerFolder);
    auto listed = backups.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), EventBackups::kept);
    for (int i = 0; i < listed->size(); ++i) {
        // Many are taken in one second: the sequence still orders them, newest first.
        QCOMPARE(listed->at(i).path, taken.at(i));
        QVERIFY(listed->at(i).unreadable.isEmpty());
        QVERIFY(!listed->at(i).beforeRestore);
        QVERIFY(listed->at(i).takenAt.isValid());
        if (i > 0)
            QVERIFY(listed->at(i).takenAt <= listed->at(i - 1).takenAt);
    }
    QCOMPARE(listed->last().arrived, 4); // the 4th backup; the first three were pruned
    QVERIFY(!QFile::exists(taken.last()));
    QVERIFY(backups.prune(3));
    QCOMPARE(backups.list()->size(), 3);
    QVERIFY(!backups.prune(0));
    QCOMPARE(backups.list()->size(), 3);
}

void TestEventBackups::listingLeavesTheBackupsAsTheyAre()
{
    addPeople(3);
    EventBackups backups(eventPath(), root());
    auto taken = backups.take(*m_event);
    QVERIFY(taken);
    QFile file(taken->path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(backups.list());
    QVERIFY(backups.list());
    QCOMPARE(QDir(backups.directory()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QFileInfo(taken->path).fileName()});
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestEventBackups::anUnreadableBackupIsSaidSo()
{
    EventBackups backups(eventPath(), root());
    QVERIFY(backups.take(*m_event));
    QFile junk(QDir(backups.directory()).filePath(QStringLiteral("20000101-000000.entre")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all, just some text that is long enough to look like one");
    junk.close();
    auto listed = backups.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QVERIFY(listed->at(0).unreadable.isEmpty());
    QVERIFY(!listed->at(1).unreadable.isEmpty());
    QVERIFY(!backups.restore(QStringLiteral("20000101-000000")));
}

void TestEventBackups::aBackupDuringABurstOfCheckInsIsConsistent()
{
    const int people = 300;
    addPeople(people);
    std::atomic<bool> stop{false};
    std::atomic<int> writes{0};
    QString workerError;
    Event* event = m_event.get();
    // Another connection, as another desk's replication or a second window would be: check in
    // everyone, undo every other one, and start again, as fast as it can.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto desk = event->openSibling();
        if (!desk) {
            workerError = desk.error().message;
            return;
        }
        while (!stop) {
            for (qint64 id = 1; id <= people && !stop; ++id) {
                auto in = desk.value()->checkIn(id);
                auto out = id % 2 ? desk.value()->undoCheckIn(id) : in;
                if (!in || !out) {
                    workerError = (!in ? in : out).error().message;
                    return;
                }
                ++writes;
            }
        }
    }));
    worker->start();
    // A failed check below returns at once: the worker is stopped on the way out.
    struct StopAndWait {
        std::atomic<bool>& stop;
        QThread& thread;
        ~StopAndWait()
        {
            stop = true;
            thread.wait();
        }
    } stopAndWait{stop, *worker};
    EventBackups backups(eventPath(), root());
    QSet<int> logSizes;
    for (int i = 0; i < 40 && workerError.isEmpty(); ++i) {
        auto taken = backups.take(*m_event);
        QVERIFY2(taken, qPrintable(taken.error().message));
        const BackupContents contents = readBackup(taken->path);
        QCOMPARE(contents.integrity, QStringLiteral("ok"));
        QCOMPARE(contents.arrived, contents.arrivedByLog);
        QCOMPARE(taken->arrived, contents.arrived);
        logSizes.insert(contents.logRows);
        QTest::qWait(5);
    }
    stop = true;
    worker->wait();
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    // The backups were taken in the middle of the burst, not before or after it.
    QVERIFY2(logSizes.size() >= 5, qPrintable(QString::number(logSizes.size())));
    QVERIFY(writes > 0);
}

void TestEventBackups::restoreKeepsTheCurrentFileFirst()
{
    addPeople(4);
    QVERIFY(m_event->checkIn(1));
    EventBackups backups(eventPath(), root());
    auto early = backups.take(*m_event);
    QVERIFY(early);
    QVERIFY(m_event->checkIn(2));
    QVERIFY(m_event->checkIn(3));
    m_event.reset();

    auto restored = backups.restore(QFileInfo(early->path).completeBaseName());
    QVERIFY2(restored, qPrintable(restored.error().message));
    auto listed = backups.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QVERIFY(listed->at(0).beforeRestore);
    QCOMPARE(listed->at(0).arrived, 3);
    QCOMPARE(listed->at(1).path, early->path);
    QCOMPARE(unixBits(eventPath()), ownerFile);
    QVERIFY(!QFile::exists(eventPath() + QStringLiteral(".restoring")));

    auto reopened = Event::open(eventPath());
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    QCOMPARE(reopened.value()->count(ArrivalFilter::Arrived).value(), 1);
    QCOMPARE(reopened.value()->count().value(), 4);
    QVERIFY(reopened.value()->checkIn(4));
    reopened.value().reset();

    // And back again, from the copy kept before the restore.
    QVERIFY(backups.restore(listed->at(0).path));
    auto again = Event::open(eventPath());
    QVERIFY(again);
    QCOMPARE(again.value()->count(ArrivalFilter::Arrived).value(), 3);
}

void TestEventBackups::restoreIsRefusedWhileADeskHasTheEvent()
{
    addPeople(2);
    EventBackups backups(eventPath(), root());
    auto taken = backups.take(*m_event);
    QVERIFY(taken);
    QVERIFY(m_event->checkIn(1));
    auto restored = backups.restore(taken->path);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, ErrorKind::Refused);
    QVERIFY2(restored.error().message.contains(QLatin1String("open")),
             qPrintable(restored.error().message));
    // Nothing changed: no copy kept, the desk's check-in still there.
    QCOMPARE(backups.list()->size(), 1);
    QCOMPARE(m_event->count(ArrivalFilter::Arrived).value(), 1);
    QVERIFY(!backups.restore(QStringLiteral("20990101-000000")));
}

void TestEventBackups::restoreNeverAppliesAStaleJournal()
{
    addPeople(3);
    EventBackups backups(eventPath(), root());
    auto empty = backups.take(*m_event);
    QVERIFY(empty);
    for (qint64 id = 1; id <= 3; ++id)
        QVERIFY(m_event->checkIn(id));
    // A journal full of check-ins, left by a desk that crashed beside a file that is gone.
    const QString wal = eventPath() + QStringLiteral("-wal");
    const QString savedWal = m_dir.filePath(QStringLiteral("saved-wal"));
    QVERIFY(QFileInfo(wal).size() > 0);
    QVERIFY(QFile::copy(wal, savedWal));
    m_event.reset();
    QVERIFY(QFile::remove(eventPath()));
    QFile::remove(wal);
    QVERIFY(QFile::copy(savedWal, wal));

    auto restored = backups.restore(empty->path);
    QVERIFY2(restored, qPrintable(restored.error().message));
    QVERIFY(!QFile::exists(wal));
    auto reopened = Event::open(eventPath());
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    QCOMPARE(reopened.value()->count(ArrivalFilter::Arrived).value(), 0);
    QCOMPARE(reopened.value()->count().value(), 3);
    QCOMPARE(readBackup(eventPath()).integrity, QStringLiteral("ok"));
}

void TestEventBackups::restoreRefusesADamagedBackup()
{
    addPeople(2);
    EventBackups backups(eventPath(), root());
    auto taken = backups.take(*m_event);
    QVERIFY(taken);
    m_event.reset();
    QFile file(taken->path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    QFile original(eventPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    QVERIFY(!backups.restore(taken->path));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

QTEST_GUILESS_MAIN(TestEventBackups)
#include "tst_eventbackups.moc"
