#include "checkin/checkinpage.h"
#include "desklock/desklock.h"
#include "desklock/lockscreen.h"
#include "event/event.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "recordingmessages.h"
#include "settings/desksettings.h"
#include "settings/settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Every text a person can see in the window now: labels, buttons, fields, the title, and
// every cell of every item view on the screen.
QStringList visibleTexts(const QWidget& window)
{
    QStringList texts{window.windowTitle()};
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            texts << label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            texts << button->text();
        else if (const auto* field = qobject_cast<const QLineEdit*>(widget))
            texts << field->text() << field->placeholderText();
        const auto* view = qobject_cast<const QAbstractItemView*>(widget);
        if (!view || !view->model())
            continue;
        const QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->index(row, column).data().toString();
        }
    }
    return texts;
}

// The names of the people in the event that appear in texts.
QStringList namesIn(const QStringList& texts, const QList<entre::Attendee>& people)
{
    const QString all = texts.join(QLatin1Char('\n'));
    QStringList found;
    for (const entre::Attendee& person : people) {
        for (const QString& name : {person.firstName, person.lastName}) {
            if (name.size() > 2 && all.contains(name))
                found << name;
        }
    }
    return found;
}

} // namespace

class TestDeskLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lockingHidesEveryNameAndDisablesThePeopleMenus();
    void keysAndScansWhileLockedCheckNobodyIn();
    void wrongPinStaysLockedAndTheRightOneUnlocks();
    void withoutAPinOneClickUnlocks();
    void tooManyWrongPinsMakeTheDeskWait();
    void idleTimeLocksTheDesk();
    void pinIsKeptOnlyAsASaltedHash();
    void settingsDialogSetsAndRemovesThePin();
    void openDialogIsClosedByTheLock();

private:
    void lock();
    QList<entre::Attendee> people() const;

    QTemporaryDir m_home;
    RecordingMessages::Log m_said;
    std::unique_ptr<MainWindow> m_window;
};

void TestDeskLock::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desklock"));
    RecentFiles::clear();
}

void TestDeskLock::init()
{
    DeskSettings::setLockPin({});
    DeskSettings::instance()->setIdleLockSeconds(0);
    m_window = std::make_unique<MainWindow>();
    m_window->setUserMessages(std::make_unique<RecordingMessages>(&m_said));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(m_window->openDemoEvent(), qPrintable(m_said.errors.join(QLatin1Char('\n'))));
}

void TestDeskLock::cleanup()
{
    m_window.reset();
}

void TestDeskLock::lock()
{
    QAction* action = m_window->deskLock()->lockAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->deskLock()->isLocked());
}

QList<entre::Attendee> TestDeskLock::people() const
{
    auto everyone = m_window->event()->attendees();
    return everyone ? everyone.value() : QList<entre::Attendee>{};
}

void TestDeskLock::lockingHidesEveryNameAndDisablesThePeopleMenus()
{
    const QList<entre::Attendee> everyone = people();
    QCOMPARE(everyone.size(), 150);
    const int arrived = m_window->event()->count(entre::ArrivalFilter::Arrived).value();
    QVERIFY(m_window->event()->checkIn(everyone.at(3).id).ok());
    CheckInPage* page = m_window->checkInPage();
    page->searchField()->setText(everyone.at(5).lastName);
    // The check can fail: before locking, names are on the screen.
    QTRY_VERIFY(!namesIn(visibleTexts(*m_window), everyone).isEmpty());

    lock();
    const QStringList shown = visibleTexts(*m_window);
    const QStringList names = namesIn(shown, everyone);
    QVERIFY2(names.isEmpty(), qPrintable(names.join(QLatin1String(", "))));
    QVERIFY(!page->isVisible());
    QVERIFY(!page->attendeeView()->isVisible());
    QVERIFY(!page->searchField()->isVisible());
    LockScreen* screen = m_window->deskLock()->lockScreen();
    QVERIFY(screen->isVisible());
    QCOMPARE(screen->countsLabel()->text(), QStringLiteral("%1 of 150 arrived").arg(arrived + 1));
    QVERIFY(shown.contains(m_window->event()->info().name));

    // Live counts: a tick at another desk shows on the lock screen.
    QVERIFY(m_window->event()->checkIn(everyone.at(4).id).ok());
    QCOMPARE(screen->countsLabel()->text(), QStringLiteral("%1 of 150 arrived").arg(arrived + 2));

    for (const char* name : {"printBadge", "printBatch", "organisationsAction", "importAction",
                             "walkInAction", "editPersonAction"}) {
        auto* action = m_window->findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    // An owner that enables its command meanwhile does not bring it back while locked.
    auto* organisations = m_window->findChild<QAction*>(QStringLiteral("organisationsAction"));
    organisations->setEnabled(true);
    QVERIFY(!organisations->isEnabled());

    QVERIFY(m_window->deskLock()->unlock({}));
    QVERIFY(organisations->isEnabled());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(page->isVisible());
    QTRY_VERIFY(page->searchField()->hasFocus());
}

void TestDeskLock::keysAndScansWhileLockedCheckNobodyIn()
{
    DeskSettings::setLockPin(QStringLiteral("2468"));
    const QString code = people().at(7).code;
    QVERIFY(!people().at(7).isCheckedIn());
    const int arrived = m_window->event()->count(entre::ArrivalFilter::Arrived).value();
    QVERIFY(!code.isEmpty());
    CheckInPage* page = m_window->checkInPage();
    QTRY_VERIFY(page->searchField()->hasFocus());

    lock();
    LockScreen* screen = m_window->deskLock()->lockScreen();
    QTRY_COMPARE(QApplication::focusWidget(), screen->pinField());
    // A scanner's burst, into whatever has the focus and straight at the hidden search field.
    QTest::keyClicks(QApplication::focusWidget(), code, Qt::NoModifier, 5);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(page->searchField(), code, Qt::NoModifier, 5);
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QTest::qWait(400); // longer than the scanner's settle time
    QCOMPARE(m_window->event()->count(entre::ArrivalFilter::Arrived).value(), arrived);
    QVERIFY(page->searchField()->text().isEmpty());
    QVERIFY(m_window->deskLock()->isLocked());

    // The same burst once unlocked does check the person in, so the scan above was live.
    QVERIFY(m_window->deskLock()->unlock(QStringLiteral("2468")));
    QTRY_VERIFY(page->searchField()->hasFocus());
    QTest::keyClicks(page->searchField(), code, Qt::NoModifier, 5);
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->event()->count(entre::ArrivalFilter::Arrived).value(), arrived + 1);
}

void TestDeskLock::wrongPinStaysLockedAndTheRightOneUnlocks()
{
    DeskSettings::setLockPin(QStringLiteral("2468"));
    lock();
    LockScreen* screen = m_window->deskLock()->lockScreen();
    QVERIFY(screen->pinField()->isVisible());
    QTRY_VERIFY(screen->pinField()->hasFocus());
    auto* wrong = screen->findChild<QLabel*>(QStringLiteral("lockWrongPin"));
    QVERIFY(!wrong->isVisible());

    QTest::keyClicks(screen->pinField(), QStringLiteral("1357"));
    QTest::keyClick(screen->pinField(), Qt::Key_Return);
    QVERIFY(m_window->deskLock()->isLocked());
    QVERIFY(wrong->isVisible());
    QCOMPARE(wrong->text(), QStringLiteral("Wrong PIN. The desk stays locked."));
    QVERIFY(screen->pinField()->text().isEmpty());
    // The button without a PIN does not open it either.
    QTest::mouseClick(screen->unlockButton(), Qt::LeftButton);
    QVERIFY(m_window->deskLock()->isLocked());
    QVERIFY(!m_window->checkInPage()->isVisible());

    QTest::keyClicks(screen->pinField(), QStringLiteral("2468"));
    QTest::keyClick(screen->pinField(), Qt::Key_Return);
    QVERIFY(!m_window->deskLock()->isLocked());
    QVERIFY(m_window->checkInPage()->isVisible());
    QVERIFY(!screen->isVisible());
}

void TestDeskLock::withoutAPinOneClickUnlocks()
{
    QVERIFY(!DeskSettings::hasLockPin());
    lock();
    LockScreen* screen = m_window->deskLock()->lockScreen();
    QVERIFY(!screen->pinField()->isVisible());
    QVERIFY(screen->unlockButton()->isVisible());
    QTest::mouseClick(screen->unlockButton(), Qt::LeftButton);
    QVERIFY(!m_window->deskLock()->isLocked());
    QVERIFY(m_window->checkInPage()->isVisible());
}

void TestDeskLock::tooManyWrongPinsMakeTheDeskWait()
{
    DeskSettings::setLockPin(QStringLiteral("2468"));
    qint64 now = 1000000; // the lock's clock, moved by hand so the test does not wait
    m_window->deskLock()->setClock([&now] { return now; });
    lock();
    LockScreen* screen = m_window->deskLock()->lockScreen();
    auto* message = screen->findChild<QLabel*>(QStringLiteral("lockWrongPin"));
    const auto typePin = [screen](const QString& pin) {
        QTest::keyClicks(screen->pinField(), pin);
        QTest::keyClick(screen->pinField(), Qt::Key_Return);
    };
    for (int i = 0; i < 4; ++i) {
        typePin(QStringLiteral("1111"));
        QCOMPARE(message->text(), QStringLiteral("Wrong PIN. The desk stays locked."));
        QVERIFY(screen->pinField()->isEnabled());
    }
    typePin(QStringLiteral("1111"));
    QCOMPARE(message->text(), QStringLiteral("Too many wrong PINs. Try again in 30 s."));
    QVERIFY(!screen->pinField()->isEnabled());
    QVERIFY(!screen->unlockButton()->isEnabled());
    // Refused even with the right PIN, by any way in.
    QVERIFY(!m_window->deskLock()->unlock(QStringLiteral("2468")));
    QVERIFY(m_window->deskLock()->isLocked());

    now += 12000; // the countdown follows the clock
    QTRY_COMPARE(message->text(), QStringLiteral("Too many wrong PINs. Try again in 18 s."));
    now += 18000;
    QTRY_VERIFY(screen->pinField()->isEnabled());
    QVERIFY(screen->unlockButton()->isEnabled());
    QTRY_VERIFY(screen->pinField()->hasFocus());
    QVERIFY(!message->isVisible());

    // Each further wrong PIN doubles the wait, up to five minutes.
    for (const int seconds : {60, 120, 240, 300, 300}) {
        typePin(QStringLiteral("1111"));
        QCOMPARE(message->text(),
                 QStringLiteral("Too many wrong PINs. Try again in %1 s.").arg(seconds));
        now += seconds * 1000;
        QTRY_VERIFY(screen->pinField()->isEnabled());
    }

    // The right PIN unlocks and starts the count again: the next wrong one is only wrong.
    typePin(QStringLiteral("2468"));
    QVERIFY(!m_window->deskLock()->isLocked());
    lock();
    typePin(QStringLiteral("1111"));
    QCOMPARE(message->text(), QStringLiteral("Wrong PIN. The desk stays locked."));
    QVERIFY(screen->pinField()->isEnabled());
    QVERIFY(m_window->deskLock()->unlock(QStringLiteral("2468")));
}

void TestDeskLock::idleTimeLocksTheDesk()
{
    // Off by default: nothing locks.
    QTest::qWait(1500);
    QVERIFY(!m_window->deskLock()->isLocked());

    DeskSettings::instance()->setIdleLockSeconds(1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->deskLock()->isLocked(), 5000);
    QVERIFY(!m_window->checkInPage()->isVisible());
    QVERIFY(m_window->deskLock()->unlock({}));

    // Keys count as activity: while someone types, it does not lock.
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(m_window->checkInPage()->searchField(), Qt::Key_A);
        QTest::qWait(250);
    }
    QVERIFY(!m_window->deskLock()->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->deskLock()->isLocked(), 5000);
}

void TestDeskLock::pinIsKeptOnlyAsASaltedHash()
{
    DeskSettings::setLockPin(QStringLiteral("470815"));
    QSettings settings;
    settings.sync();
    const QByteArray firstHash = settings.value(QStringLiteral("desk/lockPinHash")).toByteArray();
    QVERIFY(!firstHash.isEmpty());
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("lockPinHash"));
    QVERIFY(!stored.contains("470815"));
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys)
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("470815")));
    QVERIFY(DeskSettings::checkLockPin(QStringLiteral("470815")));
    QVERIFY(!DeskSettings::checkLockPin(QStringLiteral("470816")));
    QVERIFY(!DeskSettings::checkLockPin({}));

    // A new salt each time: the same PIN hashes differently.
    DeskSettings::setLockPin(QStringLiteral("470815"));
    QVERIFY(QSettings().value(QStringLiteral("desk/lockPinHash")).toByteArray() != firstHash);
    QVERIFY(DeskSettings::checkLockPin(QStringLiteral("470815")));
}

void TestDeskLock::settingsDialogSetsAndRemovesThePin()
{
    SettingsDialog dialog(m_window.get());
    QVERIFY(dialog.removePinBox()->isChecked());
    QCOMPARE(dialog.idleMinutesField()->value(), 0);
    dialog.removePinBox()->setChecked(false);
    dialog.pinField()->setText(QStringLiteral("1234"));
    dialog.repeatPinField()->setText(QStringLiteral("1243"));
    dialog.idleMinutesField()->setValue(5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // the two differ: nothing saved
    QVERIFY(!DeskSettings::hasLockPin());
    QCOMPARE(DeskSettings::idleLockSeconds(), 0);

    dialog.repeatPinField()->setText(QStringLiteral("1234"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(DeskSettings::hasLockPin());
    QVERIFY(DeskSettings::checkLockPin(QStringLiteral("1234")));
    QCOMPARE(DeskSettings::idleLockSeconds(), 300);

    SettingsDialog again(m_window.get());
    QVERIFY(!again.removePinBox()->isChecked());
    QCOMPARE(again.idleMinutesField()->value(), 5);
    again.removePinBox()->setChecked(true);
    again.accept();
    QVERIFY(!DeskSettings::hasLockPin());
}

void TestDeskLock::openDialogIsClosedByTheLock()
{
    auto* dialog = new SettingsDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPointer<SettingsDialog> watched(dialog);
    m_window->deskLock()->lock();
    QVERIFY(!watched || !watched->isVisible());
}

QTEST_MAIN(TestDeskLock)
#include "tst_desklock.moc"
