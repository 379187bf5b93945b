#include "checkin/checkinpage.h"
#include "event/attendeelistmodel.h"
#include "event/event.h"
#include "help/userguidewindow.h"
#include "mainwindow.h"
#include "neweventdialog.h"
#include "recentfiles.h"
#include "recordingmessages.h"
#include "store/eventlock.h"
#include "store/eventstore.h"
#include "util/swedishorder.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDemoEventInSwedishOrder();
    void opensAndClosesAnEvent();
    void refusesAFileThatIsNotAnEvent();
    void newEventDialogAsksForAName();
    void lockLeftByAnotherComputerIsTakenOverOnlyWhenTheUserSays();
    void lockLeftByAnotherComputerIsTakenOverOnlyWhenTheUserSays_data();
    void lockHeldHereIsRefusedWithoutAQuestion();
    void emptyLockFileNobodyHoldsOpensWithoutAQuestion();
    void userGuideOpensInTheAppWithItsPictures();

private:
    QString newEvent(const QString& name);
    std::unique_ptr<MainWindow> newWindow(RecordingMessages::Log* log);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

QString TestMainWindow::newEvent(const QString& name)
{
    const QString path = m_dir.filePath(name + QLatin1String(".entre"));
    entre::EventStore::create(path, {name, QDate(2026, 6, 15), {}});
    return path;
}

std::unique_ptr<MainWindow> TestMainWindow::newWindow(RecordingMessages::Log* log)
{
    auto window = std::make_unique<MainWindow>();
    window->setUserMessages(std::make_unique<RecordingMessages>(log));
    window->show();
    return window;
}

void TestMainWindow::initTestCase()
{
    // A home of its own: no demo event or settings left by an earlier run (or another version).
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    RecentFiles::clear();
}

void TestMainWindow::opensDemoEventInSwedishOrder()
{
    RecordingMessages::Log said;
    auto shown = newWindow(&said);
    MainWindow& window = *shown;
    QVERIFY2(window.openDemoEvent(), qPrintable(said.errors.join(QLatin1Char('\n'))));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Digitala Västerbotten")));
    CheckInPage* page = window.checkInPage();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QTRY_VERIFY(page->searchField()->hasFocus());

    entre::AttendeeListModel* model = page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 150);
    // Nobody has arrived yet, so the list is in Swedish order of last name: Å, Ä, Ö after Z.
    for (int row = 1; row < model->rowCount(); ++row) {
        const auto& before = model->attendeeAt(row - 1);
        const auto& after = model->attendeeAt(row);
        QVERIFY2(!entre::swedishLess(after.lastName, before.lastName),
                 qPrintable(before.lastName + QLatin1String(" > ") + after.lastName));
    }
    QCOMPARE(model->attendeeAt(model->rowCount() - 1).lastName.front(), QChar(u'Ö'));
    const QModelIndex first = model->index(0, entre::AttendeeListModel::NameColumn);
    QVERIFY(!model->data(first).toString().isEmpty());
    QVERIFY(page->attendeeView()->model() == model);
}

void TestMainWindow::opensAndClosesAnEvent()
{
    const QString path = m_dir.filePath(QStringLiteral("Kick-off.entre"));
    QVERIFY(
        entre::EventStore::create(path, {QStringLiteral("Kick-off"), QDate(2026, 6, 15), {}}).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openEvent(path));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Kick-off · ")));
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral(" — Entré")),
             qPrintable(window.windowTitle()));
    QCOMPARE(RecentFiles::list().constFirst(), QFileInfo(path).absoluteFilePath());
    // What searches read is read in while nobody types yet.
    QVERIFY(window.event()->isWarming());
    QTRY_VERIFY(!window.event()->isWarming());
    // The file is locked while it is open here.
    QVERIFY(!entre::EventStore::open(path).ok());
    window.closeCurrentEvent();
    QVERIFY(!window.event());
    QVERIFY(!window.checkInPage());
    QVERIFY(entre::EventStore::open(path).ok());
}

void TestMainWindow::refusesAFileThatIsNotAnEvent()
{
    const QString path = m_dir.filePath(QStringLiteral("list.entre"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Förnamn;Efternamn\n");
    file.close();
    RecordingMessages::Log said;
    auto window = newWindow(&said);
    QVERIFY(!window->openEvent(path));
    QVERIFY(!window->event());
    QCOMPARE(said.errors.size(), 1);
    QVERIFY2(said.errors.constFirst().startsWith(QStringLiteral("Cannot Open Event: ")),
             qPrintable(said.errors.constFirst()));
    QVERIFY(said.errors.constFirst().contains(QStringLiteral("not an Entré event file")));
    QVERIFY(
        window->statusBar()->currentMessage().contains(QStringLiteral("not an Entré event file")));
}

void TestMainWindow::lockLeftByAnotherComputerIsTakenOverOnlyWhenTheUserSays_data()
{
    QTest::addColumn<QByteArray>("lockContents");
    QTest::addColumn<QString>("shownHolder");
    // An event carried on a USB stick after the laptop that had it open died.
    QTest::newRow("another computer")
        << QByteArray("4242\nentre\nother-laptop\n") << QStringLiteral("other-laptop");
    QTest::newRow("damaged lock file")
        << QByteArray("\x01\x02garbage") << QStringLiteral("cannot be read");
}

void TestMainWindow::lockLeftByAnotherComputerIsTakenOverOnlyWhenTheUserSays()
{
    QFETCH(QByteArray, lockContents);
    QFETCH(QString, shownHolder);
    const QString path = newEvent(
        QStringLiteral("Left locked %1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile lock(entre::EventLock::lockPathFor(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(lockContents);
    lock.close();

    RecordingMessages::Log said;
    auto window = newWindow(&said);
    said.answer = false;
    QVERIFY(!window->openEvent(path));
    QVERIFY(!window->event());
    QCOMPARE(said.questions.size(), 1);
    QVERIFY2(said.questions.constFirst().contains(shownHolder),
             qPrintable(said.questions.constFirst()));
    QVERIFY(said.questions.constFirst().contains(QStringLiteral("no other desk")));
    QVERIFY(lock.open(QIODevice::ReadOnly));
    QCOMPARE(lock.readAll(), lockContents); // declining changes nothing
    lock.close();

    said.answer = true;
    QVERIFY(window->openEvent(path));
    QVERIFY(window->event());
    QCOMPARE(said.questions.size(), 2);
    qint64 pid = 0;
    QString host;
    QString application;
    QVERIFY(QLockFile(lock.fileName()).getLockInfo(&pid, &host, &application));
    QCOMPARE(pid, QCoreApplication::applicationPid());
    QCOMPARE(host, QSysInfo::machineHostName());
    window->closeCurrentEvent();
}

void TestMainWindow::lockHeldHereIsRefusedWithoutAQuestion()
{
    const QString path = newEvent(QStringLiteral("Held"));
    auto held = entre::EventStore::open(path);
    QVERIFY(held);
    RecordingMessages::Log said;
    said.answer = true;
    auto window = newWindow(&said);
    QVERIFY(!window->openEvent(path));
    QVERIFY(said.questions.isEmpty());
    QCOMPARE(said.errors.size(), 1);
    QVERIFY2(said.errors.constFirst().contains(QStringLiteral("already open")),
             qPrintable(said.errors.constFirst()));
    // Another name for the same file shares its lock.
    const QString link = m_dir.filePath(QStringLiteral("Held link.entre"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(!window->openEvent(link));
    QVERIFY(said.questions.isEmpty());
    QCOMPARE(said.errors.size(), 2);
}

void TestMainWindow::newEventDialogAsksForAName()
{
    NewEventDialog dialog;
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("eventName"));
    auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("eventDate"));
    auto* venue = dialog.findChild<QLineEdit*>(QStringLiteral("eventVenue"));
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(name && date && venue && ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY2(!ok->isEnabled(), "blanks are no name");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Digitala "));
    name->insert(QStringLiteral("Västerbotten")); // QTest types ASCII only
    QVERIFY(ok->isEnabled());
    date->setDate(QDate(2016, 6, 15));
    venue->insert(QStringLiteral("Hotell Lappland, Lycksele"));
    const entre::EventInfo info = dialog.eventInfo();
    QCOMPARE(info.name, QStringLiteral("Digitala Västerbotten"));
    QCOMPARE(info.date, QDate(2016, 6, 15));
    QCOMPARE(info.venue, QStringLiteral("Hotell Lappland, Lycksele"));
}

void TestMainWindow::emptyLockFileNobodyHoldsOpensWithoutAQuestion()
{
    // What a desk killed between creating its lock file and writing to it leaves behind.
    const QString path = newEvent(QStringLiteral("Killed while opening"));
    QFile lock(entre::EventLock::lockPathFor(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    RecordingMessages::Log said;
    auto window = newWindow(&said);
    QVERIFY(window->openEvent(path));
    QVERIFY(said.questions.isEmpty());
    QVERIFY(said.errors.isEmpty());
    QVERIFY(entre::EventLock::holderOf(path).onThisComputer());
}

// Every picture the page shows, loaded: a path that does not resolve shows nothing.
static int missingImages(QTextBrowser* browser)
{
    int missing = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QVariant image = browser->document()->resource(
                QTextDocument::ImageResource, QUrl(format.toImageFormat().name()));
            missing += image.isNull() ? 1 : 0;
        }
    }
    return missing;
}

void TestMainWindow::userGuideOpensInTheAppWithItsPictures()
{
    MainWindow window;
    window.show();
    QAction* guide = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto* shown = window.findChild<UserGuideWindow*>();
    QVERIFY(shown);
    QTextBrowser* browser = shown->browser();
    // The start page of the window's language, with its table of contents.
    QVERIFY2(browser->toPlainText().contains(QStringLiteral("Entré")),
             qPrintable(browser->toPlainText().left(200)));
    QVERIFY(browser->source().path().endsWith(QStringLiteral("/index.md")));
    for (const char* page : {"door.md", "preparing.md", "printing.md"}) {
        browser->setSource(QUrl(QString::fromLatin1(page)));
        QVERIFY2(browser->source().path().endsWith(QLatin1String(page)),
                 qPrintable(browser->source().toString()));
        QVERIFY(browser->toPlainText().size() > 500);
        QCOMPARE(missingImages(browser), 0);
    }
    // Both languages are there.
    for (const char* language : {"sv", "en"}) {
        const QUrl start = UserGuideWindow::startPage(QString::fromLatin1(language));
        QVERIFY(start.path().contains(QLatin1String(language)));
        QVERIFY(QFile::exists(QLatin1Char(':') + start.path()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
