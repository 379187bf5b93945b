#include "checkin/checkinpage.h"
#include "checkin/noticebanner.h"
#include "checkin/organisationcountspanel.h"
#include "checkin/persondialog.h"
#include "event/attendeelistmodel.h"
#include "event/event.h"
#include "mainwindow.h"
#include "recordingmessages.h"
#include "settings/desksettings.h"
#include "settings/settingsdialog.h"
#include "store/attendeerepository.h"
#include "store/desklog.h"
#include "store/eventstore.h"
#include "store/transaction.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace entre;

// The desk as a volunteer uses it: the real main window on a small event, driven by keys.
class TestCheckInPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void narrowsAtEveryKeystroke();
    void enterChecksInTheTopPerson();
    void arrowKeysChooseWhoEnterChecksIn();
    void enterWithNoLetterOrDigitChecksInNobody();
    void enterWithNoLetterOrDigitChecksInNobody_data();
    void typedCodeInAnyCaseChecksIn();
    void doubleClickAndButtonCheckIn();
    void alreadyCheckedInIsAmberAndNotDoubled();
    void undoAndRedoFromTheEditMenu();
    void scannerBurstWithoutEnterChecksIn();
    void scannerBurstWithEnterChecksInOnce();
    void unknownScannedCodeIsRed();
    void walkInIsAddedAndCheckedIn();
    void aWalkInReadsTheListOnce();
    void walkInWithoutNameIsRefusedInTheDialog();
    void aWalkInAddedAtTwoDesksIsFlagged();
    void flaggedDoublesAreMergedOnlyWhenAsked();
    void walkInWithAnEmailAlreadyRegisteredIsRefused();
    void editFixesANameAndRecordsIt();
    void filtersShowArrivedOrNot();
    void countersPerOrganisationGroupedByType();
    void textSizeIsRememberedAndStationIsRecorded();
    void emptyEventSaysWhatToDo();
    void buttonMnemonicsDoNotTakeTheMenusKeys();
    void tabGoesFromTheFieldToTheButtons();

private:
    qint64 idOf(const QString& code);
    QList<CheckInLogEntry> log(const QString& code);
    // A tick made at another desk, which the page learns of from the event.
    void checkInElsewhere(const QString& code);
    // At human speed, so it is not taken for a scanner; delay 0 types as fast as a scanner.
    void type(const QString& text, int delay = 45);
    void whenDialogOpens(std::function<void(QDialog*)> act);
    // Märta Ödmark added here and, while the desks were apart, at another desk (code W-OTHER);
    // mineCode is the code she has here.
    void addDoubleFromAnotherDesk(QString& mineCode);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    RecordingMessages::Log m_said;
    CheckInPage* m_page = nullptr;
};

void TestCheckInPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_checkinpage"));
    QSettings().clear();
}

void TestCheckInPage::init()
{
    static int eventNumber = 0;
    const QString path = m_dir.filePath(QStringLiteral("desk%1.entre").arg(++eventNumber));
    {
        auto store = EventStore::create(path, {QStringLiteral("Kick-off"), QDate(2016, 6, 15), {}});
        QVERIFY2(store, qPrintable(store.error().message));
        QSqlDatabase db = store.value()->database();
        Transaction transaction(db);
        AttendeeRepository attendees(db);
        const char* const people[][4] = {
            {"DV16-001", "Emil", "Hägglund", "Umeå kommun"},
            {"DV16-002", "Birgitta", "Hägglund", "Örnsköldsviks kommun"},
            {"DV16-003", "Åsa", "Lindgren", "Region Västerbotten"},
            {"DV16-004", "Örjan", "Nygren", "Umeå kommun"},
            {"DV16-005", "Hanna", "Berg", "Västerbottens läns landsting"},
        };
        for (const auto& p : people) {
            AttendeeDetails d;
            d.code = QString::fromUtf8(p[0]);
            d.firstName = QString::fromUtf8(p[1]);
            d.lastName = QString::fromUtf8(p[2]);
            d.organisation = QString::fromUtf8(p[3]);
            QVERIFY(attendees.insert(d));
        }
        QVERIFY(transaction.commit());
    }
    m_window = std::make_unique<MainWindow>();
    m_said = {};
    m_window->setUserMessages(std::make_unique<RecordingMessages>(&m_said));
    m_window->show();
    QVERIFY(m_window->openEvent(path));
    m_page = m_window->checkInPage();
    QVERIFY(m_page);
    // The field is the window's focus again (offscreen, no window is active after a dialog).
    QTRY_VERIFY(m_page->searchField()->hasFocus());
}

void TestCheckInPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
}

qint64 TestCheckInPage::idOf(const QString& code)
{
    auto found = m_window->event()->findByCode(code);
    return found && found->has_value() ? found->value().id : 0;
}

void TestCheckInPage::checkInElsewhere(const QString& code)
{
    Event* event = m_window->event();
    const QString here = event->station();
    event->setStation(QStringLiteral("desk 1"));
    QVERIFY(event->checkIn(idOf(code)));
    event->setStation(here);
}

QList<CheckInLogEntry> TestCheckInPage::log(const QString& code)
{
    auto entries = m_window->event()->checkInLog(idOf(code));
    return entries ? entries.value() : QList<CheckInLogEntry>();
}

void TestCheckInPage::type(const QString& text, int delay)
{
    // keyClicks() only knows ASCII; Latin-1 letters have Qt::Key values of their own code.
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, m_page->searchField(),
                            static_cast<Qt::Key>(c.toUpper().unicode()), QString(c), Qt::NoModifier,
                            delay > 0 ? delay : -1);
    }
}

void TestCheckInPage::whenDialogOpens(std::function<void(QDialog*)> act)
{
    QTimer::singleShot(0, this, [act] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no dialog open");
            return;
        }
        act(dialog);
    });
}

void TestCheckInPage::narrowsAtEveryKeystroke()
{
    AttendeeListModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 5);
    const QList<std::pair<QString, int>> steps = {
        {QStringLiteral("h"), 3},
        {QStringLiteral("ä"), 3}, // "hä" also finds Hanna: accents are ignored
        {QStringLiteral("g"), 2},
        {QStringLiteral(" "), 2},
        {QStringLiteral("e"), 1}};
    for (const auto& [key, rows] : steps) {
        type(key);
        QCOMPARE(model->rowCount(), rows);
    }
    QCOMPARE(model->attendeeAt(0).code, QStringLiteral("DV16-001"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Escape);
    QCOMPARE(m_page->searchField()->text(), QString());
    QCOMPARE(model->rowCount(), 5);
}

void TestCheckInPage::enterChecksInTheTopPerson()
{
    QSignalSpy checkedIn(m_page, &CheckInPage::attendeeCheckedIn);
    type(QStringLiteral("asa"));
    QCOMPARE(m_page->selectedAttendee()->code, QStringLiteral("DV16-003"));
    QSignalSpy listRead(m_page->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    // Clearing the field and showing the tick is one read of the list, not two.
    QCOMPARE(listRead.size(), 1);
    QCOMPARE(m_page->selectedAttendee()->code, m_page->model()->attendeeAt(0).code);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QVERIFY(m_page->banner()->text().contains(QStringLiteral("Åsa Lindgren")));
    QCOMPARE(m_page->searchField()->text(), QString());
    QCOMPARE(checkedIn.size(), 1);
    QCOMPARE(checkedIn.at(0).at(0).toLongLong(), idOf(QStringLiteral("DV16-003")));
    QCOMPARE(log(QStringLiteral("DV16-003")).size(), 1);
    QVERIFY(m_page->searchField()->hasFocus());
    // Arrived people go below those still expected.
    QCOMPARE(m_page->model()->attendeeAt(4).code, QStringLiteral("DV16-003"));
}

void TestCheckInPage::arrowKeysChooseWhoEnterChecksIn()
{
    type(QStringLiteral("hägg"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Down);
    QCOMPARE(m_page->selectedAttendee()->code, QStringLiteral("DV16-001"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Up);
    QCOMPARE(m_page->selectedAttendee()->code, QStringLiteral("DV16-002"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Down);
    QTest::keyClick(m_page->searchField(), Qt::Key_Enter);
    QCOMPARE(log(QStringLiteral("DV16-001")).size(), 1);
    QCOMPARE(log(QStringLiteral("DV16-002")).size(), 0);
}

void TestCheckInPage::enterWithNoLetterOrDigitChecksInNobody_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("dash") << QStringLiteral("-");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("punctuation and spaces") << QStringLiteral(" -- ' ");
    QTest::newRow("nothing") << QString();
}

void TestCheckInPage::enterWithNoLetterOrDigitChecksInNobody()
{
    QFETCH(QString, typed);
    type(typed);
    QVERIFY(m_page->model()->rowCount() > 0); // everyone is listed, someone is highlighted
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Warning);
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("nobody was checked in")),
             qPrintable(m_page->banner()->text()));
    QCOMPARE(m_window->event()->checkInLog(m_page->model()->attendeeAt(0).id)->size(), 0);
    QVERIFY(!m_page->model()->attendeeAt(0).isCheckedIn());
    QVERIFY(m_page->searchField()->hasFocus());
}

void TestCheckInPage::typedCodeInAnyCaseChecksIn()
{
    type(QStringLiteral("dv16-005"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QCOMPARE(log(QStringLiteral("DV16-005")).size(), 1);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
}

void TestCheckInPage::doubleClickAndButtonCheckIn()
{
    type(QStringLiteral("berg"));
    QAbstractItemView* view = m_page->attendeeView();
    const QRect row = view->visualRect(m_page->model()->index(0, 0));
    QVERIFY(row.isValid());
    // An item view takes a double-click only after the press of its first click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(log(QStringLiteral("DV16-005")).size(), 1);
    QVERIFY(m_page->searchField()->hasFocus());

    type(QStringLiteral("lindgren"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("checkInButton")),
                      Qt::LeftButton);
    QCOMPARE(log(QStringLiteral("DV16-003")).size(), 1);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
}

void TestCheckInPage::alreadyCheckedInIsAmberAndNotDoubled()
{
    checkInElsewhere(QStringLiteral("DV16-004"));
    type(QStringLiteral("örjan"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Warning);
    const auto* text = m_page->banner()->findChild<QLabel*>(QStringLiteral("noticeText"));
    QVERIFY(text->styleSheet().contains(QStringLiteral("#f2b632"))); // amber
    QVERIFY(text->font().bold());
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("already checked in at")),
             qPrintable(m_page->banner()->text()));
    QVERIFY(m_page->banner()->text().contains(QStringLiteral("(desk 1)")));
    QCOMPARE(log(QStringLiteral("DV16-004")).size(), 1);
    // Still shown, and the next name typed replaces the text.
    QCOMPARE(m_page->selectedAttendee()->code, QStringLiteral("DV16-004"));
    QCOMPARE(m_page->searchField()->selectedText(), QStringLiteral("örjan"));
}

void TestCheckInPage::undoAndRedoFromTheEditMenu()
{
    type(QStringLiteral("hanna"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
        if (action->shortcut() == QKeySequence(QKeySequence::Redo))
            redo = action;
    }
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Hanna Berg")), qPrintable(undo->text()));
    // Ctrl+Z in the search field reaches the window's Undo, not the field's own text undo.
    QTest::keyClick(m_page->searchField(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Info);
    auto entries = log(QStringLiteral("DV16-005"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, QStringLiteral("undo"));
    QVERIFY(!m_page->model()->attendeeAt(0).isCheckedIn());
    QVERIFY(redo->isEnabled());
    QTest::keySequence(m_page->searchField(), QKeySequence::Redo);
    QCOMPARE(log(QStringLiteral("DV16-005")).size(), 3);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QTRY_VERIFY(m_page->countsPanel()->totalLabel()->text().startsWith(QStringLiteral("1 of 5")));
}

void TestCheckInPage::scannerBurstWithoutEnterChecksIn()
{
    QTest::keyClicks(m_page->searchField(), QStringLiteral("DV16-002")); // no delay: a scanner
    QTRY_COMPARE(log(QStringLiteral("DV16-002")).size(), 1);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QCOMPARE(m_page->searchField()->text(), QString());
}

void TestCheckInPage::scannerBurstWithEnterChecksInOnce()
{
    QTest::keyClicks(m_page->searchField(), QStringLiteral("dv16-004"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QCOMPARE(log(QStringLiteral("DV16-004")).size(), 1);
    QTest::qWait(400); // longer than the scanner's settle time: nothing more happens
    QCOMPARE(log(QStringLiteral("DV16-004")).size(), 1);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    // A scan into a field that already holds a half-typed name still finds its code.
    type(QStringLiteral("hanna "));
    QTest::qWait(100);
    QTest::keyClicks(m_page->searchField(), QStringLiteral("DV16-002"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QCOMPARE(log(QStringLiteral("DV16-002")).size(), 1);
    QCOMPARE(log(QStringLiteral("DV16-005")).size(), 0);
    QCOMPARE(m_page->searchField()->text(), QString());
}

void TestCheckInPage::unknownScannedCodeIsRed()
{
    QTest::keyClicks(m_page->searchField(), QStringLiteral("XX99-123"));
    QTRY_COMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Error);
    QVERIFY(m_page->banner()->text().contains(QStringLiteral("XX99-123")));
    m_page->banner()->clearNotice();
    QTest::keyClicks(m_page->searchField(), QStringLiteral("XX99-124"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Enter);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Error);
    QVERIFY(m_page->banner()->text().contains(QStringLiteral("XX99-124")));
    // A fast typist writing a name is not a scanner.
    type(QStringLiteral("hägglund"), 0);
    QTest::qWait(400);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(log(QStringLiteral("DV16-001")).size(), 0);
}

void TestCheckInPage::walkInIsAddedAndCheckedIn()
{
    QSignalSpy checkedIn(m_page, &CheckInPage::attendeeCheckedIn);
    whenDialogOpens([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameField"))
            ->setText(QStringLiteral("Märta"));
        dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"))
            ->setText(QStringLiteral("Ödmark"));
        dialog->findChild<QLineEdit*>(QStringLiteral("organisationField"))
            ->setText(QStringLiteral("Umeå kommun"));
        dialog->accept();
    });
    QTest::keyClick(m_page->searchField(), Qt::Key_N, Qt::ControlModifier); // walk-in
    QCOMPARE(checkedIn.size(), 1);
    auto added = m_window->event()->attendee(checkedIn.at(0).at(0).toLongLong());
    QVERIFY(added);
    QCOMPARE(added->fullName(), QStringLiteral("Märta Ödmark"));
    QVERIFY(added->isCheckedIn());
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QTRY_VERIFY(m_page->countsPanel()->totalLabel()->text().startsWith(QStringLiteral("1 of 6")));
    type(QStringLiteral("odm"));
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void TestCheckInPage::addDoubleFromAnotherDesk(QString& mineCode)
{
    AttendeeDetails person;
    person.firstName = QStringLiteral("Märta");
    person.lastName = QStringLiteral("Ödmark");
    person.organisation = QStringLiteral("Umeå kommun");
    const auto mine = m_window->event()->addWalkIn(person);
    QVERIFY(mine);
    // The same person, added at another desk while the two could not reach each other.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other desk"));
        db.setDatabaseName(m_window->event()->path());
        QVERIFY(db.open());
        const DeskEntry walkIn{QStringLiteral("0therdesk"),
                               1,
                               QStringLiteral("walk_in"),
                               QStringLiteral("W-OTHER"),
                               QStringLiteral("2016-06-15T07:01:00.000Z"),
                               QStringLiteral("Disk 2"),
                               {},
                               0,
                               QStringLiteral(R"({"first_name": "märta", "last_name": " Ödmark", )"
                                              R"("organisation": "Umeå kommun"})")};
        QVERIFY(DeskLog(db).receive({walkIn}).ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other desk"));
    m_window->event()->changedElsewhere();
    mineCode = mine->attendee.code;
}

void TestCheckInPage::aWalkInReadsTheListOnce()
{
    type(QStringLiteral("asa"));
    whenDialogOpens([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameField"))
            ->setText(QStringLiteral("Märta"));
        dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"))
            ->setText(QStringLiteral("Ödmark"));
        dialog->accept();
    });
    QSignalSpy listRead(m_page->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(m_page->searchField(), Qt::Key_N, Qt::ControlModifier); // walk-in
    // Clearing the field and showing the new person is one read of the list, not two.
    QCOMPARE(listRead.size(), 1);
    QCOMPARE(m_page->searchField()->text(), QString());
    QCOMPARE(m_page->model()->rowCount(), 6);
    QCOMPARE(m_page->selectedAttendee()->fullName(), QStringLiteral("Märta Ödmark"));
}

void TestCheckInPage::aWalkInAddedAtTwoDesksIsFlagged()
{
    QString mine;
    addDoubleFromAnotherDesk(mine);
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("ödmark"));
    QCOMPARE(m_page->model()->rowCount(), 2); // both stay in the list
    auto* flag = m_page->findChild<QLabel*>(QStringLiteral("detailDoubles"));
    QVERIFY(flag);
    QTRY_VERIFY(flag->isVisibleTo(m_window.get()));
    // Whichever is selected, the panel names the other one.
    const QString other = m_page->selectedAttendee()->code == QLatin1String("W-OTHER")
                              ? mine
                              : QStringLiteral("W-OTHER");
    QVERIFY2(flag->text().contains(other), qPrintable(flag->text()));
    // Someone who came with the list is never flagged.
    m_page->searchField()->setText(QStringLiteral("Nygren"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QTRY_VERIFY(!flag->isVisibleTo(m_window.get()));
}

void TestCheckInPage::flaggedDoublesAreMergedOnlyWhenAsked()
{
    QString mine;
    addDoubleFromAnotherDesk(mine);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->event()->count(ArrivalFilter::Arrived).value(), 1);
    type(QStringLiteral("ödmark"));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    // The button shown (one the panel replaced may wait to be deleted).
    const auto mergeButton = [this]() -> QPushButton* {
        for (auto* button : m_page->findChildren<QPushButton*>(QStringLiteral("detailMergeDouble")))
            if (button->isVisibleTo(m_window.get()))
                return button;
        return nullptr;
    };
    QTRY_VERIFY(mergeButton());
    QPushButton* merge = mergeButton();
    // The desk is asked first; Cancel changes nothing.
    QString asked;
    whenDialogOpens([&asked](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        asked = box ? box->text() : QString();
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    merge->click();
    QVERIFY2(asked.contains(mine) && asked.contains(QLatin1String("W-OTHER")), qPrintable(asked));
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_window->event()->count().value(), 7);

    merge = mergeButton();
    QVERIFY(merge);
    whenDialogOpens([](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        for (QAbstractButton* button : box ? box->buttons() : QList<QAbstractButton*>()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    merge->click();
    // One Märta stays, the one the other desk added first, with this desk's tick.
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->selectedAttendee()->code, QStringLiteral("W-OTHER"));
    QVERIFY(m_page->selectedAttendee()->isCheckedIn());
    QCOMPARE(m_window->event()->count().value(), 6);
    QCOMPARE(m_window->event()->count(ArrivalFilter::Arrived).value(), 1);
    auto* flag = m_page->findChild<QLabel*>(QStringLiteral("detailDoubles"));
    QTRY_VERIFY(!flag->isVisibleTo(m_window.get()));
}

void TestCheckInPage::walkInWithoutNameIsRefusedInTheDialog()
{
    QString error;
    whenDialogOpens([&error](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("emailField"))
            ->setText(QStringLiteral("x@example.se"));
        dialog->accept();
        error = static_cast<PersonDialog*>(dialog)->errorText();
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("walkInAction"))->trigger();
    QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
    auto count = m_window->event()->count();
    QCOMPARE(count.value(), 5);
}

void TestCheckInPage::walkInWithAnEmailAlreadyRegisteredIsRefused()
{
    const auto fill = [](QDialog* dialog, const QString& first) {
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameField"))->setText(first);
        dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"))
            ->setText(QStringLiteral("Lund"));
        dialog->findChild<QLineEdit*>(QStringLiteral("emailField"))
            ->setText(QStringLiteral("ola.lund@example.se"));
        dialog->accept();
    };
    whenDialogOpens([&](QDialog* dialog) { fill(dialog, QStringLiteral("Ola")); });
    m_window->findChild<QAction*>(QStringLiteral("walkInAction"))->trigger();
    QString error;
    whenDialogOpens([&](QDialog* dialog) {
        fill(dialog, QStringLiteral("Ola-Kalle"));
        error = static_cast<PersonDialog*>(dialog)->errorText();
        dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("walkInAction"))->trigger();
    QVERIFY2(error.contains(QStringLiteral("Ola Lund")), qPrintable(error));
    QCOMPARE(m_window->event()->count().value(), 6);
}

void TestCheckInPage::editFixesANameAndRecordsIt()
{
    type(QStringLiteral("nygren"));
    whenDialogOpens([](QDialog* dialog) {
        auto* last = dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"));
        QCOMPARE(last->text(), QStringLiteral("Nygren"));
        last->setText(QStringLiteral("Nyberg"));
        dialog->accept();
    });
    QTest::keyClick(m_page->searchField(), Qt::Key_F2);
    auto entries = m_window->event()->editLog(idOf(QStringLiteral("DV16-004")));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).field, QStringLiteral("last_name"));
    QCOMPARE(entries->at(0).oldValue, QStringLiteral("Nygren"));
    QCOMPARE(entries->at(0).newValue, QStringLiteral("Nyberg"));
    // The list now shows that person by code, so Enter checks them in.
    QCOMPARE(m_page->searchField()->text(), QStringLiteral("DV16-004"));
    QCOMPARE(m_page->searchField()->selectedText(), QStringLiteral("DV16-004"));
    QCOMPARE(m_page->selectedAttendee()->lastName, QStringLiteral("Nyberg"));
    // The field has the focus again, and the window is active so its shortcuts work.
    QTRY_VERIFY(m_page->searchField()->hasFocus());
}

void TestCheckInPage::filtersShowArrivedOrNot()
{
    checkInElsewhere(QStringLiteral("DV16-001"));
    QTest::keyClick(m_page->searchField(), Qt::Key_3, Qt::ControlModifier);
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("filterArrived"))->isChecked());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QTest::keyClick(m_page->searchField(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_page->model()->rowCount(), 4);
    type(QStringLiteral("hägg"));
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_window->findChild<QAction*>(QStringLiteral("filterEveryone"))->trigger();
    QCOMPARE(m_page->model()->rowCount(), 2);
}

void TestCheckInPage::countersPerOrganisationGroupedByType()
{
    type(QStringLiteral("emil"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_page->countsPanel()->totalLabel()->text(), QStringLiteral("1 of 5 arrived"));
    QTreeWidget* tree = m_page->countsPanel()->tree();
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups.append(tree->topLevelItem(i)->text(0) + QLatin1Char(' ') +
                      tree->topLevelItem(i)->text(1));
    QCOMPARE(groups,
             (QStringList{QStringLiteral("Municipalities 1 / 3"), QStringLiteral("Regions 0 / 1"),
                          QStringLiteral("County councils 0 / 1")}));
    QTreeWidgetItem* municipalities = tree->topLevelItem(0);
    QCOMPARE(municipalities->child(0)->text(0), QStringLiteral("Umeå kommun"));
    QCOMPARE(municipalities->child(0)->text(1), QStringLiteral("1 / 2"));
    QCOMPARE(municipalities->child(1)->text(0), QStringLiteral("Örnsköldsviks kommun"));
}

void TestCheckInPage::textSizeIsRememberedAndStationIsRecorded()
{
    const double before = m_page->textScale();
    const qreal pointsBefore = m_page->searchField()->font().pointSizeF();
    const auto* notice = m_page->banner()->findChild<QLabel*>(QStringLiteral("noticeText"));
    const qreal noticeBefore = notice->font().pointSizeF();
    QTest::keySequence(m_page->searchField(), QKeySequence::ZoomIn);
    QVERIFY(m_page->textScale() > before);
    QVERIFY(m_page->searchField()->font().pointSizeF() > pointsBefore);
    QVERIFY(notice->font().pointSizeF() > noticeBefore); // the banner grows with the page
    QCOMPARE(CheckInPage::savedTextScale(), m_page->textScale());
    QTest::keySequence(m_page->searchField(), QKeySequence::ZoomOut);
    QCOMPARE(CheckInPage::savedTextScale(), before);

    whenDialogOpens([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("stationField"))
            ->setText(QStringLiteral("Desk 7"));
        dialog->accept();
    });
    SettingsDialog(m_window.get()).exec();
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("stationLabel"))->text(),
                 QStringLiteral("Desk: Desk 7"));
    type(QStringLiteral("birgitta"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Return);
    QCOMPARE(log(QStringLiteral("DV16-002")).value(0).station, QStringLiteral("Desk 7"));
    DeskSettings::instance()->setStationName({});
}

void TestCheckInPage::emptyEventSaysWhatToDo()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.entre"));
    QVERIFY(EventStore::create(path, {QStringLiteral("Empty"), QDate(2016, 6, 15), {}}));
    QVERIFY(m_window->openEvent(path));
    CheckInPage* page = m_window->checkInPage();
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY2(page->banner()->text().contains(QStringLiteral("Nobody is registered yet")),
             qPrintable(page->banner()->text()));
    whenDialogOpens([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameField"))
            ->setText(QStringLiteral("Åsa"));
        dialog->accept();
    });
    m_window->findChild<QAction*>(QStringLiteral("walkInAction"))->trigger();
    QCOMPARE(page->model()->rowCount(), 1);
    page->banner()->clearNotice();
    QVERIFY(!page->banner()->text().contains(QStringLiteral("Nobody is registered yet")));
}

void TestCheckInPage::buttonMnemonicsDoNotTakeTheMenusKeys()
{
    const auto mnemonic = [](const QString& text) {
        const qsizetype at =
            QString(text).replace(QLatin1String("&&"), QString()).indexOf(QLatin1Char('&'));
        return at < 0 || at + 1 >= text.size() ? QChar() : text.at(at + 1).toLower();
    };
    QList<QChar> taken;
    for (QAction* menu : m_window->menuBar()->actions())
        taken.append(mnemonic(menu->text()));
    for (QAbstractButton* button : m_page->findChildren<QAbstractButton*>()) {
        const QChar key = mnemonic(button->text());
        if (key.isNull())
            continue;
        QVERIFY2(!taken.contains(key),
                 qPrintable(button->text() + QLatin1String(" takes Alt+") + key));
        taken.append(key);
    }
}

void TestCheckInPage::tabGoesFromTheFieldToTheButtons()
{
    QVERIFY(m_page->searchField()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("checkInButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("editButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("walkInButton"));
    // Space on the Check in button ticks the highlighted person and hands the field back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("checkInButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QVERIFY(m_page->searchField()->hasFocus());
}

QTEST_MAIN(TestCheckInPage)
#include "tst_checkinpage.moc"
