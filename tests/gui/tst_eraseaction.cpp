#include "checkin/checkinpage.h"
#include "erase/eraseaction.h"
#include "erase/erasedialog.h"
#include "event/attendeelistmodel.h"
#include "event/event.h"
#include "event/eventbackups.h"
#include "mainwindow.h"
#include "recordingmessages.h"
#include "whenmodal.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace {

// True when any file under folder holds the bytes.
bool anyFileHolds(const QString& folder, const QByteArray& bytes)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            return true;
    }
    return false;
}

class NoOpCommand : public QUndoCommand {
public:
    NoOpCommand()
        : QUndoCommand(QStringLiteral("Check-in of Zorbaxelina"))
    {}
    void undo() override {}
    void redo() override {}
};

} // namespace

// Event → Erase Personal Data…, offscreen: the confirmation names the event and erases nothing
// until the event's name is typed and Erase clicked; afterwards the desk shows erased rows and
// its undo list is empty.
class TestEraseAction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cancellingErasesNothing();
    void typingTheNameAndErasingErasesTheEventAndItsBackups();

private:
    QString eventPath() const { return m_dir.filePath(QStringLiteral("Kick-off.entre")); }
    EraseAction* eraseAction() const;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    RecordingMessages::Log m_log;
    std::unique_ptr<MainWindow> m_window;
};

void TestEraseAction::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
}

void TestEraseAction::init()
{
    QFile::remove(eventPath());
    QDir(entre::EventBackups::defaultRoot()).removeRecursively();
    {
        auto event =
            entre::Event::create(eventPath(), {QStringLiteral("Kick-off Lycksele"), {}, {}});
        QVERIFY2(event, qPrintable(event.error().message));
        entre::AttendeeDetails person;
        person.firstName = QStringLiteral("Zorbaxelina");
        person.lastName = QStringLiteral("Quillbrandtsson");
        person.organisation = QStringLiteral("Umeå kommun");
        QVERIFY(event.value()->addWalkIn(person));
        QVERIFY(entre::EventBackups(eventPath()).take(*event.value()));
    }
    m_log = {};
    m_window = std::make_unique<MainWindow>();
    m_window->setUserMessages(std::make_unique<RecordingMessages>(&m_log));
    QVERIFY(m_window->openEvent(eventPath()));
    m_window->undoStack()->push(new NoOpCommand);
}

void TestEraseAction::cleanup()
{
    m_window.reset();
}

EraseAction* TestEraseAction::eraseAction() const
{
    return m_window->findChild<EraseAction*>(QStringLiteral("eraseAction"));
}

void TestEraseAction::cancellingErasesNothing()
{
    QVERIFY(eraseAction());
    QVERIFY(eraseAction()->action()->isEnabled());
    QString question;
    bool eraseEnabledWithWrongName = true;
    bool eraseIsDefault = true;
    whenModal<EraseDialog>([&](EraseDialog* dialog) {
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            question += label->text();
        dialog->nameField()->setText(QStringLiteral("Kick-off"));
        eraseEnabledWithWrongName = dialog->eraseButton()->isEnabled();
        eraseIsDefault = dialog->eraseButton()->isDefault();
        // Enter goes to the default button, Cancel.
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    });
    QVERIFY(!eraseAction()->run());
    QVERIFY2(question.contains(QStringLiteral("Kick-off Lycksele")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("cannot be undone")));
    QVERIFY(!eraseEnabledWithWrongName);
    QVERIFY(!eraseIsDefault);
    QCOMPARE(m_window->event()->attendees()->at(0).firstName, QStringLiteral("Zorbaxelina"));
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestEraseAction::typingTheNameAndErasingErasesTheEventAndItsBackups()
{
    QString told;
    whenModal<EraseDialog>([&](EraseDialog* dialog) {
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Kick-off Lycksele"));
        QVERIFY(dialog->eraseButton()->isEnabled());
        whenModal<QMessageBox>([&](QMessageBox* box) {
            told = box->text();
            box->accept();
        });
        QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    });
    QVERIFY(eraseAction()->run());
    QVERIFY2(told.contains(QStringLiteral("Kick-off Lycksele")), qPrintable(told));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("erased")));
    QCOMPARE(m_log.errors, QStringList());

    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(m_window->event()->count(entre::ArrivalFilter::Arrived).value(), 1);
    QCOMPARE(m_window->event()->attendees()->at(0).fullName(), QString());
    auto* model = m_window->checkInPage()->findChild<entre::AttendeeListModel*>();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, entre::AttendeeListModel::NameColumn).data().toString(),
             QStringLiteral("(erased)"));
    QVERIFY(!anyFileHolds(m_dir.path(), "Zorbaxelina"));
    QVERIFY(!anyFileHolds(entre::EventBackups::defaultRoot(), "Zorbaxelina"));
    QVERIFY(!anyFileHolds(entre::EventBackups::defaultRoot(), "zorbaxelina"));
}

QTEST_MAIN(TestEraseAction)
#include "tst_eraseaction.moc"
