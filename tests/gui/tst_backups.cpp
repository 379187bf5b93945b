#include "backups/backupscheduler.h"
#include "backups/restoredialog.h"
#include "event/event.h"
#include "event/eventbackups.h"
#include "mainwindow.h"
#include "recordingmessages.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace std::chrono_literals;

// Automatic backups while an event is open, and File → Restore from Backup…, offscreen.
class TestBackups : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backsUpAfterAChangeAndNotWithout();
    void closingWaitsForABackupUnderWay();
    void backsUpOnCloseOnlyWhenSomethingChanged();
    void aSchedulerGoneMidBackupLeavesTheEventAlone();
    void aFailureIsReportedOnce();
    void windowBacksUpOnCloseAndRestores();

private:
    QString eventPath() const { return m_dir.filePath(QStringLiteral("Kick-off.entre")); }
    QString root() const { return m_dir.filePath(QStringLiteral("backups")); }
    int backupCount() const;
    void addPeople(int count);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<entre::Event> m_event;
};

void TestBackups::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
}

void TestBackups::init()
{
    QFile::remove(eventPath());
    QDir(root()).removeRecursively();
    QDir(entre::EventBackups::defaultRoot()).removeRecursively();
    auto event = entre::Event::create(eventPath(), {QStringLiteral("Kick-off"), {}, {}});
    QVERIFY2(event, qPrintable(event.error().message));
    m_event = std::move(event).value();
}

void TestBackups::cleanup()
{
    m_event.reset();
}

int TestBackups::backupCount() const
{
    auto listed = entre::EventBackups(eventPath(), root()).list();
    return listed ? int(listed->size()) : -1;
}

void TestBackups::addPeople(int count)
{
    for (int i = 0; i < count; ++i) {
        entre::AttendeeDetails person;
        person.firstName = QStringLiteral("Anna%1").arg(i);
        person.lastName = QStringLiteral("Lind");
        QVERIFY(m_event->addWalkIn(person));
    }
}

void TestBackups::backsUpAfterAChangeAndNotWithout()
{
    BackupScheduler scheduler;
    scheduler.setRoot(root());
    scheduler.setInterval(40ms);
    QSignalSpy taken(&scheduler, &BackupScheduler::backupTaken);
    scheduler.attach(m_event.get());
    QTest::qWait(250);
    QCOMPARE(backupCount(), 0);
    addPeople(1);
    QTRY_COMPARE(backupCount(), 1);
    QTest::qWait(250);
    QCOMPARE(backupCount(), 1);
    QCOMPARE(taken.count(), 1);
    QVERIFY(m_event->undoCheckIn(1));
    QTRY_COMPARE(backupCount(), 2);
    QCOMPARE(entre::EventBackups(eventPath(), root()).list()->first().arrived, 0);
    scheduler.detach();
    QCOMPARE(backupCount(), 2);
}

void TestBackups::closingWaitsForABackupUnderWay()
{
    // A backup on the worker thread may be under way when the event closes: the close waits for
    // it (its connection must not outlive the event), counts it, and still backs up what came
    // after it.
    BackupScheduler scheduler;
    scheduler.setRoot(root());
    scheduler.setInterval(1ms);
    QSignalSpy taken(&scheduler, &BackupScheduler::backupTaken);
    scheduler.attach(m_event.get());
    addPeople(1);
    QTRY_VERIFY(taken.count() >= 1 || backupCount() >= 1);
    addPeople(1);
    scheduler.detach();
    m_event.reset();
    const auto backups = entre::EventBackups(eventPath(), root()).list();
    QVERIFY(backups);
    QCOMPARE(backups->first().registered, 2);
    QCOMPARE(taken.count(), backupCount());
}

void TestBackups::backsUpOnCloseOnlyWhenSomethingChanged()
{
    BackupScheduler scheduler; // the default five minutes: only the close backs up here
    scheduler.setRoot(root());
    scheduler.attach(m_event.get());
    scheduler.detach();
    QCOMPARE(backupCount(), 0);
    scheduler.attach(m_event.get());
    addPeople(2);
    QCOMPARE(backupCount(), 0);
    scheduler.detach();
    QCOMPARE(backupCount(), 1);
    QCOMPARE(entre::EventBackups(eventPath(), root()).list()->first().registered, 2);
}

void TestBackups::aSchedulerGoneMidBackupLeavesTheEventAlone()
{
    // Destroyed while its worker copies the event, without a detach: the worker holds the event,
    // so the scheduler waits for it, and the event can go right after (a sanitizer run would
    // see a worker still reading it).
    addPeople(200);
    {
        BackupScheduler scheduler;
        scheduler.setRoot(root());
        scheduler.setInterval(1ms);
        scheduler.attach(m_event.get());
        addPeople(1);
        // The change is taken in as the backup starts.
        for (int waited = 0; scheduler.hasChanges() && waited < 5000; ++waited)
            QTest::qWait(1);
        QVERIFY(!scheduler.hasChanges());
    }
    QCOMPARE(backupCount(), 1); // written to the end before the scheduler went
    m_event.reset();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
}

void TestBackups::aFailureIsReportedOnce()
{
    QFile inTheWay(root());
    QVERIFY(inTheWay.open(QIODevice::WriteOnly));
    inTheWay.close();
    BackupScheduler scheduler;
    scheduler.setRoot(root());
    scheduler.setInterval(30ms);
    QSignalSpy failures(&scheduler, &BackupScheduler::backupFailed);
    scheduler.attach(m_event.get());
    addPeople(1);
    QTRY_COMPARE(failures.count(), 1);
    addPeople(1);
    QTest::qWait(200);
    QCOMPARE(failures.count(), 1);
    QVERIFY(failures.first().first().toString().contains(QLatin1String("backup")));
    // The desk goes on.
    QCOMPARE(m_event->count(entre::ArrivalFilter::Arrived).value(), 2);
    QFile::remove(root());
}

void TestBackups::windowBacksUpOnCloseAndRestores()
{
    m_event.reset();
    RecordingMessages::Log log;
    log.answer = true;
    MainWindow window;
    window.setUserMessages(std::make_unique<RecordingMessages>(&log));
    window.show();
    QVERIFY(window.openEvent(eventPath()));
    entre::AttendeeDetails person;
    person.firstName = QStringLiteral("Åsa");
    QVERIFY(window.event()->addWalkIn(person));
    window.closeCurrentEvent();
    const entre::EventBackups backups(eventPath());
    QCOMPARE(backups.list()->size(), 1);
    QCOMPARE(backups.list()->first().arrived, 1);

    QVERIFY(window.openEvent(eventPath()));
    QVERIFY(window.event()->undoCheckIn(1));
    QVERIFY(window.event()->addWalkIn(person));
    QCOMPARE(window.event()->count(entre::ArrivalFilter::Arrived).value(), 1);
    QCOMPARE(window.event()->count().value(), 2);
    // Choose the oldest backup in the dialog, then say yes.
    QString shown;
    QTimer::singleShot(100, this, [&shown] {
        auto* dialog = qobject_cast<RestoreDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList"));
        shown = list->topLevelItem(list->topLevelItemCount() - 1)->text(1);
        list->setCurrentItem(list->topLevelItem(list->topLevelItemCount() - 1));
        dialog->accept();
    });
    window.findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
    QCOMPARE(shown, QStringLiteral("1 of 1 arrived"));
    QCOMPARE(log.questions.size(), 1);
    QVERIFY2(log.errors.isEmpty(), qPrintable(log.errors.join(QLatin1Char('\n'))));
    QVERIFY(window.event());
    QCOMPARE(window.event()->count().value(), 1);
    QCOMPARE(window.event()->count(entre::ArrivalFilter::Arrived).value(), 1);
    // The event as it was is kept: the backup on close and the one before the restore.
    auto listed = backups.list();
    QCOMPARE(listed->size(), 3);
    QVERIFY(listed->first().beforeRestore);
    QCOMPARE(listed->first().registered, 2);
    window.closeCurrentEvent();
}

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
