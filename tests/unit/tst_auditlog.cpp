#include "event/event.h"
#include "reports/auditexport.h"
#include "store/eventjournal.h"
#include "store/schema.h"
#include "store/sqlquery.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace entre;

// The event's history: what the journal records, the one merged and filtered history read from
// all the logs, the append-only event log, its migration, and the CSV export.
class TestAuditLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migratesAVersion5File();
    void theEventLogIsAppendOnly();
    void journalRecordsWalkInAndImport();
    void journalRecordsALockTakeOverOnce();
    void historyMergesEveryKindInOrder();
    void historyFilters();
    void exportNeutralisesFormulasAndIsPrivate();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    qint64 idOf(const QString& lastName);
    static QList<AuditKind> kindsOf(const QList<AuditEntry>& entries);
    static AttendeeDetails person(const QString& first, const QString& last);
    static AuditFilter filter(const QSet<AuditKind>& kinds = {}, const QString& station = {},
                              const QString& text = {}, const QDateTime& from = {},
                              const QDateTime& to = {}, int limit = 0, bool newestFirst = true);

    QTemporaryDir m_dir;
    int m_count = 0;
    EventStore* m_store = nullptr; // owned by m_event
    std::unique_ptr<Event> m_event;
};

QString TestAuditLog::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

qint64 TestAuditLog::idOf(const QString& lastName)
{
    auto people = m_event->attendees();
    for (const Attendee& person : people.value()) {
        if (person.lastName == lastName)
            return person.id;
    }
    return 0;
}

QList<AuditKind> TestAuditLog::kindsOf(const QList<AuditEntry>& entries)
{
    QList<AuditKind> kinds;
    for (const AuditEntry& entry : entries)
        kinds.append(entry.kind);
    return kinds;
}

AttendeeDetails TestAuditLog::person(const QString& first, const QString& last)
{
    AttendeeDetails details;
    details.firstName = first;
    details.lastName = last;
    return details;
}

AuditFilter TestAuditLog::filter(const QSet<AuditKind>& kinds, const QString& station,
                                 const QString& text, const QDateTime& from, const QDateTime& to,
                                 int limit, bool newestFirst)
{
    AuditFilter result;
    result.kinds = kinds;
    result.station = station;
    result.text = text;
    result.from = from;
    result.to = to;
    result.limit = limit;
    result.newestFirst = newestFirst;
    return result;
}

void TestAuditLog::init()
{
    auto store = EventStore::create(m_dir.filePath(QStringLiteral("event%1.entre").arg(++m_count)),
                                    {QStringLiteral("Kick-off"), QDate(2016, 6, 15), {}});
    QVERIFY2(store, qPrintable(store.error().message));
    m_store = store.value().get();
    m_event = std::make_unique<Event>(std::move(store).value());
    m_event->setStation(QStringLiteral("Disk 1"));
}

void TestAuditLog::cleanup()
{
    m_event.reset();
    m_store = nullptr;
}

void TestAuditLog::migratesAVersion5File()
{
    const QString path = m_dir.filePath(QStringLiteral("version5.entre"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(runQuery(
                    db, QStringLiteral("PRAGMA application_id = %1").arg(EventStore::applicationId))
                    .ok());
        QVERIFY(schema::migrate(db, 5).ok());
        QCOMPARE(schema::userVersion(db), 5);
        QVERIFY(runQuery(db, QStringLiteral("INSERT INTO event_info VALUES ('name', 'Old event')"))
                    .ok());
        QVERIFY(runQuery(db, QStringLiteral("INSERT INTO attendees(id, code, first_name, "
                                            "last_name, created_at, updated_at) VALUES (1, 'T-1', "
                                            "'Örjan', 'Öberg', '2016-06-15T06:00:00.000Z', "
                                            "'2016-06-15T06:00:00.000Z')"))
                    .ok());
        QVERIFY(runQuery(db, QStringLiteral(
                                 "INSERT INTO checkin_log(attendee_id, action, at_utc, station) "
                                 "VALUES (1, 'check_in', '2016-06-15T07:01:00.000Z', 'desk 1')"))
                    .ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    auto event = Event::open(path);
    QVERIFY2(event.ok(), qPrintable(event.error().message));
    auto history = event.value()->history();
    QVERIFY2(history.ok(), qPrintable(history.error().message));
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().kind, AuditKind::CheckIn);
    QCOMPARE(history->first().person, QStringLiteral("Öberg, Örjan"));
    QCOMPARE(history->first().at, QDateTime(QDate(2016, 6, 15), QTime(7, 1), Qt::UTC));
    event.value()->setStation(QStringLiteral("desk 2"));
    QVERIFY(event.value()->addWalkIn(person(QStringLiteral("Ny"), QStringLiteral("Person"))).ok());
    auto after = event.value()->history(filter({AuditKind::WalkIn}));
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().station, QStringLiteral("desk 2"));
}

void TestAuditLog::theEventLogIsAppendOnly()
{
    const QSqlDatabase db = m_store->database();
    QVERIFY(EventJournal::record(db, EventJournal::Kind::Erase, QStringLiteral("Disk 1"), 0,
                                 {{QStringLiteral("people"), 3}})
                .ok());
    auto update = runQuery(db, QStringLiteral("UPDATE event_log SET station = 'x'"));
    QVERIFY(!update.ok());
    QVERIFY2(update.error().message.contains(QStringLiteral("append-only")),
             qPrintable(update.error().message));
    auto remove = runQuery(db, QStringLiteral("DELETE FROM event_log"));
    QVERIFY(!remove.ok());
    QVERIFY(remove.error().message.contains(QStringLiteral("append-only")));
    auto other = runQuery(db, QStringLiteral("INSERT INTO event_log(at_utc, station, kind) "
                                             "VALUES ('2016-06-15T07:00:00.000Z', 'x', 'bogus')"));
    QVERIFY2(!other.ok(), "only the known kinds are stored");
    auto history = m_event->history();
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().kind, AuditKind::Erase);
    QCOMPARE(history->first().station, QStringLiteral("Disk 1"));
}

void TestAuditLog::journalRecordsWalkInAndImport()
{
    auto walkIn = m_event->addWalkIn(person(QStringLiteral("Åsa"), QStringLiteral("Hägglund")));
    QVERIFY(walkIn.ok());
    const QString list =
        writeFile(QStringLiteral("anmälda.csv"), QByteArray("Förnamn;Efternamn;Organisation\n"
                                                            "Eva;Berg;Umeå kommun\n"
                                                            "Olle;Ek;Region Västerbotten\n"));
    m_event->setStation(QStringLiteral("Disk 2"));
    auto imported = m_event->import(list);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->added, 2);
    // The same list again changes nothing, and nothing is recorded.
    QVERIFY(m_event->import(list).ok());

    auto rows = runQuery(m_store->database(),
                         QStringLiteral("SELECT kind, station, attendee_id, detail FROM event_log "
                                        "ORDER BY id"));
    QVERIFY(rows.ok());
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), QStringLiteral("walk_in"));
    QCOMPARE(rows->value(1).toString(), QStringLiteral("Disk 1"));
    QCOMPARE(rows->value(2).toLongLong(), walkIn->attendee.id);
    QCOMPARE(rows->value(3).toString(), QStringLiteral("{}"));
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), QStringLiteral("import"));
    QCOMPARE(rows->value(1).toString(), QStringLiteral("Disk 2"));
    QVERIFY(rows->value(2).isNull());
    const QString detail = rows->value(3).toString();
    QVERIFY2(detail.contains(QStringLiteral("\"list\":\"anmälda.csv\"")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("\"added\":2")), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("Berg")) && !detail.contains(m_dir.path()),
             "no personal data and no folder in the journal");
    QVERIFY2(!rows->next(), "an import that changed nothing is not recorded");

    auto history = m_event->history(filter({AuditKind::Import}));
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().detail,
             QStringLiteral("anmälda.csv: 2 added, 0 updated, 0 unchanged, 0 rejected"));
}

void TestAuditLog::journalRecordsALockTakeOverOnce()
{
    const QString path = m_store->path();
    cleanup();
    QFile lock(EventLock::lockPathFor(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nentre\nother-laptop\n");
    lock.close();

    auto taken = Event::open(path, Event::Access::ReadWrite, EventLock::Policy::TakeOver);
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    QVERIFY(taken.value()->tookOverLock());
    taken.value().reset();
    auto again = Event::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    auto history = again.value()->history();
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    const AuditEntry entry = history->first();
    QCOMPARE(entry.kind, AuditKind::LockTakeOver);
    QCOMPARE(entry.station, Event::defaultStation());
    QCOMPARE(entry.detail, QStringLiteral("From entre on other-laptop"));
    QVERIFY(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(again.value()->stations().value(), QStringList{Event::defaultStation()});
}

void TestAuditLog::historyMergesEveryKindInOrder()
{
    const QString list =
        writeFile(QStringLiteral("list.csv"), QByteArray("Förnamn;Efternamn;Organisation\n"
                                                         "Eva;Berg;Umeå kommun\n"));
    QVERIFY(m_event->import(list).ok());
    // Entries of different logs in the same millisecond are in the logs' order; these are not.
    QThread::msleep(3);
    const qint64 eva = idOf(QStringLiteral("Berg"));
    QVERIFY(m_event->checkIn(eva).ok());
    QVERIFY(m_event->undoCheckIn(eva).ok());
    m_event->setStation(QStringLiteral("Disk 2"));
    AttendeeDetails details = detailsOf(m_event->attendee(eva).value());
    details.title = QStringLiteral("Utvecklare");
    QVERIFY(m_event->edit(eva, details).ok());
    QVERIFY(m_event->recordBadgesPrinted({eva}, QStringLiteral("badges.pdf")).ok());
    QThread::msleep(3);
    QVERIFY(m_event->addWalkIn(person(QStringLiteral("Olle"), QStringLiteral("Ek"))).ok());
    const QSqlDatabase db = m_store->database();
    QVERIFY(EventJournal::record(db, EventJournal::Kind::Erase, QStringLiteral("Disk 2")).ok());
    QVERIFY(EventJournal::record(db, EventJournal::Kind::Restore, QStringLiteral("Disk 2"), 0,
                                 {{QStringLiteral("backup"), QStringLiteral("b.entre")}})
                .ok());
    QVERIFY(
        EventJournal::record(db, EventJournal::Kind::LockTakeOver, QStringLiteral("Disk 2")).ok());

    auto history = m_event->history(filter({}, {}, {}, {}, {}, 0, false));
    QVERIFY2(history.ok(), qPrintable(history.error().message));
    const QList<AuditKind> expected{
        AuditKind::Import,     AuditKind::CheckIn,     AuditKind::Undo,   AuditKind::Edit,
        AuditKind::BadgePrint, AuditKind::CheckIn,     AuditKind::WalkIn, AuditKind::Erase,
        AuditKind::Restore,    AuditKind::LockTakeOver};
    QCOMPARE(kindsOf(history.value()), expected);
    for (qsizetype i = 1; i < history->size(); ++i)
        QVERIFY(history->at(i - 1).at <= history->at(i).at);
    const AuditEntry& edit = history->at(3);
    QCOMPARE(edit.station, QStringLiteral("Disk 2"));
    QCOMPARE(edit.person, QStringLiteral("Berg, Eva"));
    QCOMPARE(edit.organisation, QStringLiteral("Umeå kommun"));
    QCOMPARE(edit.detail, QStringLiteral("Title: (empty) → Utvecklare"));
    QCOMPARE(history->at(1).station, QStringLiteral("Disk 1"));
    QCOMPARE(history->at(4).detail, QStringLiteral("To badges.pdf"));
    QCOMPARE(history->at(6).person, QStringLiteral("Ek, Olle"));
    QCOMPARE(history->at(8).detail, QStringLiteral("File: b.entre"));
    QCOMPARE(history->at(9).detail, QStringLiteral("The lock's holder was unknown"));

    // Newest first by default, and the limit keeps the newest.
    auto newest = m_event->history(filter({}, {}, {}, {}, {}, 2));
    QVERIFY(newest.ok());
    QCOMPARE(kindsOf(newest.value()),
             (QList<AuditKind>{AuditKind::LockTakeOver, AuditKind::Restore}));
    QCOMPARE(m_event->stations().value(),
             (QStringList{QStringLiteral("Disk 1"), QStringLiteral("Disk 2")}));
}

void TestAuditLog::historyFilters()
{
    const QString list = writeFile(QStringLiteral("list.csv"), QByteArray("Förnamn;Efternamn;Kod\n"
                                                                          "Åsa;Hägglund;DV-1\n"
                                                                          "Eva;Berg;DV-2\n"));
    QVERIFY(m_event->import(list).ok());
    const qint64 asa = idOf(QStringLiteral("Hägglund"));
    const qint64 eva = idOf(QStringLiteral("Berg"));
    QVERIFY(m_event->checkIn(asa).ok());
    m_event->setStation(QStringLiteral("Disk 2"));
    QVERIFY(m_event->checkIn(eva).ok());
    QVERIFY(m_event->undoCheckIn(eva).ok());
    // One entry far in the past, to filter by time.
    QVERIFY(runQuery(m_store->database(),
                     QStringLiteral("INSERT INTO event_log(at_utc, station, kind, detail) VALUES "
                                    "('2016-06-15T07:00:00.000Z', 'Disk 3', 'restore', '{}')"))
                .ok());

    auto byStation = m_event->history(filter({}, QStringLiteral("Disk 2")));
    QCOMPARE(kindsOf(byStation.value()), (QList<AuditKind>{AuditKind::Undo, AuditKind::CheckIn}));
    auto byKind = m_event->history(filter({AuditKind::CheckIn}));
    QCOMPARE(byKind->size(), 2);
    QCOMPARE(byKind->at(0).person, QStringLiteral("Berg, Eva"));
    QCOMPARE(byKind->at(1).person, QStringLiteral("Hägglund, Åsa"));
    auto byText = m_event->history(filter({}, {}, QStringLiteral("hagg")));
    QCOMPARE(byText->size(), 1);
    QCOMPARE(byText->first().attendeeId, asa);
    auto byCode = m_event->history(filter({}, {}, QStringLiteral("dv-2")));
    QCOMPARE(kindsOf(byCode.value()), (QList<AuditKind>{AuditKind::Undo, AuditKind::CheckIn}));
    auto nobody = m_event->history(filter({}, {}, QStringLiteral("\" OR *")));
    QVERIFY2(nobody.ok(), qPrintable(nobody.error().message));
    QVERIFY(nobody->isEmpty());
    auto both =
        m_event->history(filter({AuditKind::CheckIn, AuditKind::Undo}, QStringLiteral("Disk 1")));
    QCOMPARE(both->size(), 1);

    const QDateTime day(QDate(2016, 6, 15), QTime(0, 0), Qt::UTC);
    auto past = m_event->history(filter({}, {}, {}, day, day.addDays(1)));
    QCOMPARE(kindsOf(past.value()), QList<AuditKind>{AuditKind::Restore});
    auto recent = m_event->history(filter({}, {}, {}, day.addDays(1), {}));
    QCOMPARE(recent->size(), 4);
    QVERIFY(!kindsOf(recent.value()).contains(AuditKind::Restore));
    auto until = m_event->history(filter({}, {}, {}, {}, day.addSecs(7 * 3600)));
    QCOMPARE(until->size(), 1);
}

void TestAuditLog::exportNeutralisesFormulasAndIsPrivate()
{
    QVERIFY(m_event->addWalkIn(person(QStringLiteral("Eva"), QStringLiteral("=SUM(A1)"))).ok());
    const QString path = m_dir.filePath(QStringLiteral("history.csv"));
    QVERIFY(exportAuditLogCsv(*m_event, {}, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Time;Station;What;Person;Organisation;Detail"));
    QVERIFY2(lines.at(1).contains(QStringLiteral(";Disk 1;Walk-in;\"'=SUM(A1), Eva\";")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(";Disk 1;Check-in;\"'=SUM(A1), Eva\";")),
             qPrintable(lines.at(2)));
    QVERIFY(!text.contains(QStringLiteral(";=SUM")) && !text.contains(QStringLiteral("\"=SUM")));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                   QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
