#include "search/attendeesearch.h"
#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventlock.h"
#include "store/eventstore.h"
#include "store/schema.h"
#include "store/sqlquery.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sqlite3.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/stat.h>

using namespace entre;

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<EventStore> createEvent(const QString& path)
{
    auto store = EventStore::create(path, {QStringLiteral("Kick-off"), QDate(2016, 6, 15),
                                           QStringLiteral("Hotell Lappland, Lycksele")});
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error().message));
    return std::move(store.value());
}

qint64 addPerson(EventStore& store, const QString& first, const QString& last, const QString& org,
                 const QString& code = {})
{
    Transaction transaction(store.database());
    AttendeeDetails details;
    details.firstName = first;
    details.lastName = last;
    details.organisation = org;
    details.code = code;
    auto id = AttendeeRepository(store.database()).insert(details);
    if (!id)
        qFatal("cannot insert %s: %s", qPrintable(first), qPrintable(id.error().message));
    if (auto committed = transaction.commit(); !committed)
        qFatal("cannot commit %s: %s", qPrintable(first), qPrintable(committed.error().message));
    return id.value();
}

QVariant pragma(const EventStore& store, const char* name)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestEventStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void pragmasAreSet();
    void sqliteKeepsNoCountOfItsMemory();
    void freedMemoryIsKeptForTheNextStatement();
    void createRefusesExistingFile();
    void migratesFromFirstVersion();
    void checkInSurvivesReopen();
    void checkInTwiceIsRefusedAndUndoIsLogged();
    void logIsAppendOnly();
    void refusalsLeaveFileUntouched_data();
    void refusalsLeaveFileUntouched();
    void readOnlyAccessWritesNothing();
    void saveCopyOpensElsewhere();
    void saveCopyReplacesAnOlderCopy();
    void eventFilesAreReadableByTheOwnerOnly();
    void lockOfAProcessGoneFromThisComputerIsRecoveredSilently();
    void lockFromAnotherComputerNeedsATakeOver();
    void codeLookupIgnoresCaseAndPrefersAnExactMatch();

private:
    QTemporaryDir m_dir;
};

void TestEventStore::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("create.entre"));
    {
        auto store = createEvent(path);
        QCOMPARE(store->schemaVersion(), EventStore::currentSchemaVersion);
        addPerson(*store, QStringLiteral("Åsa"), QStringLiteral("Hägglund"),
                  QStringLiteral("Umeå kommun"));
    }
    auto reopened = EventStore::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    const EventInfo info = reopened.value()->eventInfo();
    QCOMPARE(info.name, QStringLiteral("Kick-off"));
    QCOMPARE(info.date, QDate(2016, 6, 15));
    QCOMPARE(info.venue, QStringLiteral("Hotell Lappland, Lycksele"));
    auto people = AttendeeRepository(reopened.value()->database()).list();
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().fullName(), QStringLiteral("Åsa Hägglund"));
    QVERIFY(people->first().code.startsWith(QLatin1String("E-")));
}

void TestEventStore::pragmasAreSet()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("pragmas.entre")));
    QCOMPARE(pragma(*store, "journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*store, "synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma(*store, "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(*store, "application_id").toInt(), EventStore::applicationId);
    // Pages of 16 KiB, for the import's large writes; an event reopened keeps them.
    QCOMPARE(pragma(*store, "page_size").toInt(), 16384);
    store.reset();
    auto reopened = EventStore::open(m_dir.filePath(QStringLiteral("pragmas.entre")));
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    QCOMPARE(pragma(*reopened.value(), "page_size").toInt(), 16384);
}

// Settled before the first event opened (settleSqliteSettings): SQLite would otherwise lock a
// mutex of the whole process around every allocation to keep the count.
void TestEventStore::sqliteKeepsNoCountOfItsMemory()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("memory.entre")));
    addPerson(*store, QStringLiteral("Märta"), QStringLiteral("Åström"),
              QStringLiteral("Dorotea kommun"));
    QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    QCOMPARE(sqlite3_memory_highwater(false), sqlite3_int64(0));
}

// Also settled then: a block of a few MiB, as SQLite asks for to gather a broad search, comes from
// the heap and stays there when freed, for the next keystroke (by default glibc maps it on its own
// and unmaps it again, or gives the heap's top back to the system).
void TestEventStore::freedMemoryIsKeptForTheNextStatement()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer's allocator is in use, not glibc's");
#elif defined(__GLIBC__)
    auto store = createEvent(m_dir.filePath(QStringLiteral("kept.entre")));
    constexpr size_t size = 24 * 1024 * 1024;
    const struct mallinfo2 before = mallinfo2();
    static void* volatile block = nullptr;
    block = std::malloc(size);
    QVERIFY(block != nullptr);
    std::memset(block, 1, size);
    const struct mallinfo2 during = mallinfo2();
    QCOMPARE(during.hblks, before.hblks);
    QVERIFY(during.arena >= before.arena + size);
    std::free(block);
    block = nullptr;
    const struct mallinfo2 after = mallinfo2();
    QVERIFY(after.arena >= during.arena);
#else
    QSKIP("glibc's allocator only");
#endif
}

void TestEventStore::createRefusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.entre"));
    createEvent(path);
    const QByteArray before = fileDigest(path);
    auto again = EventStore::create(path, {QStringLiteral("Other"), {}, {}});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Refused);
    QCOMPARE(fileDigest(path), before);
}

void TestEventStore::migratesFromFirstVersion()
{
    // A file as the first version wrote it: schema 1, one organisation, one person, one tick.
    const QString path = m_dir.filePath(QStringLiteral("version1.entre"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(runQuery(
                    db, QStringLiteral("PRAGMA application_id = %1").arg(EventStore::applicationId))
                    .ok());
        QVERIFY(schema::migrate(db, 1).ok());
        QCOMPARE(schema::userVersion(db), 1);
        QVERIFY(runQuery(db, QStringLiteral("INSERT INTO event_info VALUES ('name', 'Old event')"))
                    .ok());
        QVERIFY(runQuery(db, QStringLiteral("INSERT INTO organisations(id, name, type) VALUES (1, "
                                            "'Malå kommun', 'municipality')"))
                    .ok());
        QVERIFY(
            runQuery(db,
                     QStringLiteral(
                         "INSERT INTO attendees(id, code, first_name, last_name, organisation_id, "
                         "created_at, updated_at, checked_in_at, checked_in_station) "
                         "VALUES (1, 'T-1', 'Örjan', 'Öberg', 1, '2016-06-15T06:00:00.000Z', "
                         "'2016-06-15T06:00:00.000Z', '2016-06-15T07:01:00.000Z', 'desk 1')"))
                .ok());
        QVERIFY(runQuery(db, QStringLiteral(
                                 "INSERT INTO checkin_log(attendee_id, action, at_utc, station) "
                                 "VALUES (1, 'check_in', '2016-06-15T07:01:00.000Z', 'desk 1')"))
                    .ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto store = EventStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    QCOMPARE(store.value()->schemaVersion(), EventStore::currentSchemaVersion);
    QCOMPARE(store.value()->eventInfo().name, QStringLiteral("Old event"));
    // Version 2 built the search index from the rows that were already there.
    auto found = AttendeeSearch(store.value()->database()).find(QStringLiteral("orjan mala"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QVERIFY(found->first().isCheckedIn());
    QCOMPARE(found->first().checkedInStation, QStringLiteral("desk 1"));
    QVERIFY(!found->first().badgePrintedAt.isValid()); // version 3's column, empty
}

void TestEventStore::checkInSurvivesReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.entre"));
    qint64 id = 0;
    {
        auto store = createEvent(path);
        id = addPerson(*store, QStringLiteral("Anna"), QStringLiteral("Berg"),
                       QStringLiteral("Malå kommun"));
        auto outcome = CheckInService(store->database()).checkIn(id, QStringLiteral("desk 1"));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->status, CheckInOutcome::Status::CheckedIn);
    }
    auto store = EventStore::open(path);
    QVERIFY(store.ok());
    auto person = AttendeeRepository(store.value()->database()).byId(id);
    QVERIFY(person.ok() && person->has_value());
    QVERIFY(person->value().isCheckedIn());
    QCOMPARE(person->value().checkedInStation, QStringLiteral("desk 1"));
    QVERIFY(qAbs(person->value().checkedInAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestEventStore::checkInTwiceIsRefusedAndUndoIsLogged()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("twice.entre")));
    const qint64 id = addPerson(*store, QStringLiteral("Olle"), QStringLiteral("Ek"), {});
    CheckInService service(store->database());
    QCOMPARE(service.checkIn(id, QStringLiteral("a"))->status, CheckInOutcome::Status::CheckedIn);
    auto second = service.checkIn(id, QStringLiteral("b"));
    QCOMPARE(second->status, CheckInOutcome::Status::AlreadyCheckedIn);
    QCOMPARE(second->attendee.checkedInStation, QStringLiteral("a"));
    QCOMPARE(service.undo(id, QStringLiteral("a"))->status, CheckInOutcome::Status::Undone);
    QCOMPARE(service.undo(id, QStringLiteral("a"))->status, CheckInOutcome::Status::NotCheckedIn);
    QCOMPARE(service.checkIn(id, QStringLiteral("b"))->status, CheckInOutcome::Status::CheckedIn);

    auto log = service.log(id);
    QVERIFY(log.ok());
    QStringList actions;
    for (const auto& entry : log.value())
        actions << entry.action + QLatin1Char('@') + entry.station;
    QCOMPARE(actions, (QStringList{QStringLiteral("check_in@a"), QStringLiteral("undo@a"),
                                   QStringLiteral("check_in@b")}));
    QVERIFY(!service.checkIn(9999, QStringLiteral("a")).ok());
}

void TestEventStore::logIsAppendOnly()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("appendonly.entre")));
    const qint64 id = addPerson(*store, QStringLiteral("Per"), QStringLiteral("Nilsson"), {});
    QVERIFY(CheckInService(store->database()).checkIn(id, QStringLiteral("a")).ok());
    QVERIFY(
        !runQuery(store->database(), QStringLiteral("UPDATE checkin_log SET station = 'x'")).ok());
    QVERIFY(!runQuery(store->database(), QStringLiteral("DELETE FROM checkin_log")).ok());
}

void TestEventStore::refusalsLeaveFileUntouched_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("text file") << "text" << int(ErrorKind::BadInput) << "not an Entré event file";
    QTest::newRow("empty file") << "empty" << int(ErrorKind::BadInput) << "not an Entré event file";
    QTest::newRow("other sqlite") << "sqlite" << int(ErrorKind::BadInput)
                                  << "not an Entré event file";
    QTest::newRow("newer version") << "newer" << int(ErrorKind::Refused) << "newer version";
    QTest::newRow("read-only file") << "readonly" << int(ErrorKind::Refused) << "read-only";
    QTest::newRow("read-only folder") << "readonlydir" << int(ErrorKind::Refused) << "read-only";
    QTest::newRow("open elsewhere") << "locked" << int(ErrorKind::Refused) << "already open";
}

void TestEventStore::refusalsLeaveFileUntouched()
{
    QFETCH(QString, setup);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("event.entre"));
    std::unique_ptr<QLockFile> foreignLock;
    if (setup == QLatin1String("text") || setup == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (setup == QLatin1String("text"))
            file.write("Förnamn;Efternamn\nÅsa;Hägglund\n");
    } else if (setup == QLatin1String("sqlite")) {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(runQuery(db, QStringLiteral("CREATE TABLE notes(text)")).ok());
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else {
        auto store = createEvent(path);
        const qint64 id = addPerson(*store, QStringLiteral("Åsa"), QStringLiteral("Öberg"), {});
        QVERIFY(CheckInService(store->database()).checkIn(id, QStringLiteral("a")).ok());
        if (setup == QLatin1String("newer"))
            QVERIFY(runQuery(store->database(), QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    if (setup == QLatin1String("readonly"))
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    if (setup == QLatin1String("readonlydir"))
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (setup == QLatin1String("locked")) {
        foreignLock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        QVERIFY(foreignLock->tryLock(0));
    }

    const QByteArray before = fileDigest(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    auto store = EventStore::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(int(store.error().kind), kind);
    QVERIFY2(store.error().message.contains(messagePart), qPrintable(store.error().message));
    if (setup == QLatin1String("locked"))
        QVERIFY2(
            store.error().message.contains(QString::number(QCoreApplication::applicationPid())),
            "the message names the process that holds the file");
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestEventStore::readOnlyAccessWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("reader.entre"));
    auto writer = createEvent(path);
    addPerson(*writer, QStringLiteral("Emil"), QStringLiteral("Hägglund"), {});
    // A reader works while the desk has the file open for writing.
    auto reader = EventStore::open(path, EventStore::Access::ReadOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.error().message));
    QCOMPARE(AttendeeRepository(reader.value()->database()).count().value(), 1);
    QVERIFY(!runQuery(reader.value()->database(), QStringLiteral("DELETE FROM attendees")).ok());
    // A second writer is refused.
    QVERIFY(!EventStore::open(path).ok());
}

void TestEventStore::saveCopyOpensElsewhere()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("original.entre")));
    addPerson(*store, QStringLiteral("Märta"), QStringLiteral("Åström"),
              QStringLiteral("Dorotea kommun"));
    const QString copy = m_dir.filePath(QStringLiteral("usb-stick.entre"));
    QVERIFY(store->saveCopy(copy).ok());
    auto opened = EventStore::open(copy);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(AttendeeRepository(opened.value()->database()).count().value(), 1);
    QCOMPARE(pragma(*opened.value(), "page_size").toInt(), 16384);
    QVERIFY(!store->saveCopy(store->path()).ok());
}

// Octal permission bits as ls shows them (0600), of a file that must exist.
static int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

void TestEventStore::eventFilesAreReadableByTheOwnerOnly()
{
    // What a desktop's usual umask gives every other file: readable by every local user.
    const mode_t previous = ::umask(022);
    const QString path = m_dir.filePath(QStringLiteral("private.entre"));
    {
        auto store = createEvent(path);
        QVERIFY(store);
        addPerson(*store, QStringLiteral("Zoë"), QStringLiteral("Öberg"), {});
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        QCOMPARE(modeOf(EventLock::lockPathFor(path)), 0600);
        const QString copy = m_dir.filePath(QStringLiteral("private copy.entre"));
        QVERIFY(store->saveCopy(copy));
        QCOMPARE(modeOf(copy), 0600);
    }
    // A file from before, or copied in with the umask, is made private when a desk opens it.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(path), 0644);
    {
        auto reopened = EventStore::open(path, EventStore::Access::ReadOnly);
        QVERIFY(reopened);
        QCOMPARE(modeOf(path), 0644); // reading changes nothing
    }
    auto reopened = EventStore::open(path);
    QVERIFY(reopened);
    QCOMPARE(modeOf(path), 0600);
    ::umask(previous);
}

void TestEventStore::saveCopyReplacesAnOlderCopy()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("growing.entre")));
    const QString copy = m_dir.filePath(QStringLiteral("growing copy.entre"));
    QVERIFY(store->saveCopy(copy).ok());
    addPerson(*store, QStringLiteral("Ärla"), QStringLiteral("Nilsson"), {});
    QVERIFY(store->saveCopy(copy).ok());
    auto opened = EventStore::open(copy, EventStore::Access::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(AttendeeRepository(opened.value()->database()).count().value(), 1);
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
}

void TestEventStore::lockOfAProcessGoneFromThisComputerIsRecoveredSilently()
{
    const QString path = m_dir.filePath(QStringLiteral("crashed here.entre"));
    createEvent(path);
    // The pid of a process that has ended: a desk killed on this very computer.
    QProcess ended;
    ended.start(QStringLiteral("/bin/true"));
    QVERIFY(ended.waitForStarted());
    const qint64 pid = ended.processId();
    QVERIFY(ended.waitForFinished());
    QFile lock(EventLock::lockPathFor(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\nentre\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();
    auto store = EventStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    QVERIFY(!store.value()->tookOverLock());
}

void TestEventStore::lockFromAnotherComputerNeedsATakeOver()
{
    const QString path = m_dir.filePath(QStringLiteral("from a stick.entre"));
    createEvent(path);
    QFile lock(EventLock::lockPathFor(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nentre\nother-laptop\n");
    lock.close();
    const QDateTime lockedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(lockedAt, QFileDevice::FileModificationTime));
    lock.close();

    const LockHolder holder = EventLock::holderOf(path);
    QVERIFY(holder.readable);
    QCOMPARE(holder.pid, 4242);
    QCOMPARE(holder.host, QStringLiteral("other-laptop"));
    QVERIFY(!holder.onThisComputer());
    QVERIFY(qAbs(holder.since.secsTo(lockedAt)) <= 1);

    auto refusedOpen = EventStore::open(path);
    QVERIFY(!refusedOpen.ok());
    QCOMPARE(refusedOpen.error().kind, ErrorKind::StaleLock);
    QVERIFY2(refusedOpen.error().message.contains(QStringLiteral("process 4242 on other-laptop")),
             qPrintable(refusedOpen.error().message));
    QVERIFY2(refusedOpen.error().message.contains(
                 QLocale().toString(holder.since.toLocalTime(), QLocale::ShortFormat)),
             "the message says since when");
    auto taken = EventStore::open(path, EventStore::Access::ReadWrite, EventLock::Policy::TakeOver);
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    QVERIFY(taken.value()->tookOverLock());
    QVERIFY(EventLock::holderOf(path).onThisComputer());
}

void TestEventStore::codeLookupIgnoresCaseAndPrefersAnExactMatch()
{
    auto store = createEvent(m_dir.filePath(QStringLiteral("codes.entre")));
    const qint64 upper = addPerson(*store, QStringLiteral("Åsa"), QStringLiteral("Berg"), {},
                                   QStringLiteral("DV16-7"));
    const qint64 lower = addPerson(*store, QStringLiteral("Olle"), QStringLiteral("Berg"), {},
                                   QStringLiteral("ab-1"));
    const qint64 mixed = addPerson(*store, QStringLiteral("Eva"), QStringLiteral("Berg"), {},
                                   QStringLiteral("AB-1"));
    const AttendeeRepository attendees(store->database());
    auto idOf = [&](const QString& code) -> qint64 {
        auto found = attendees.byCode(code);
        return found && found->has_value() ? found->value().id : 0;
    };
    QCOMPARE(idOf(QStringLiteral("dv16-7")), upper);
    QCOMPARE(idOf(QStringLiteral(" Dv16-7\t")), upper);
    QCOMPARE(idOf(QStringLiteral("ab-1")), lower);
    QCOMPARE(idOf(QStringLiteral("AB-1")), mixed);
    QCOMPARE(idOf(QStringLiteral("DV16-")), 0);
    QCOMPARE(attendees.byCodeOrId(QStringLiteral("dv16-7")).value().id, upper);
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
