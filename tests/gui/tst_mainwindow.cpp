#include "checkin/checkinpage.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "neweventdialog.h"
#include "recentfiles.h"
#include "search/attendeelistmodel.h"
#include "store/eventstore.h"
#include "util/swedishorder.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDemoEventInSwedishOrder();
    void opensAndClosesAnEvent();
    void refusesAFileThatIsNotAnEvent();
    void newEventDialogAsksForAName();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    RecentFiles::clear();
}

void TestMainWindow::opensDemoEventInSwedishOrder()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoEvent());
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
    // The file is locked while it is open here.
    QVERIFY(!entre::EventStore::open(path).ok());
    window.closeCurrentEvent();
    QVERIFY(!window.session());
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
    MainWindow window;
    window.show();
    QVERIFY(!window.openEvent(path));
    QVERIFY(!window.session());
    QVERIFY(
        window.statusBar()->currentMessage().contains(QStringLiteral("not an Entré event file")));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
