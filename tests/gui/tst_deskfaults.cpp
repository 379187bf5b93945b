// Faults at the door, offscreen on the real window: check-in, undo, walk-in, import and Save a
// Copy on a full disk, with the file busy in another program, and with the file made read-only
// while the desk has it open. The desk names who was not checked in and what to do, writes
// nothing, and works again without reopening once the fault is gone.
#include "../unit/eventsnapshot.h"
#include "../unit/faultyvolume.h"
#include "../unit/otherwriter.h"
#include "checkin/checkinpage.h"
#include "checkin/noticebanner.h"
#include "checkin/persondialog.h"
#include "event/event.h"
#include "import/importwizard.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace entre;
using namespace eventsnapshot;

#define REQUIRE_VOLUME(volume) QVERIFY2((volume).usable(), qPrintable((volume).problem()))

class TestDeskFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkInAndUndoOnAFullDisk();
    void walkInOnAFullDiskKeepsWhatWasTyped();
    void importOnAFullDiskChangesNothing();
    void busyFileAtTheDoor();
    void fileMadeReadOnlyWhileTheDeskHasItOpen();
    void saveCopyOntoAFullOrReadOnlyDisk();

private:
    Event* event() const { return m_window->event(); }
    QSqlDatabase db() const { return m_inspector->db(); }
    qint64 idOf(const QString& code) const;
    int logSize(const QString& code) const;
    QString fullDiskText() const;
    void type(const QString& text);
    void pressEnter() { QTest::keyClick(m_page->searchField(), Qt::Key_Return); }
    void whenDialogOpens(std::function<void(QDialog*)> act);
    void walkInMarta(const std::function<void()>& betweenTries, QString* firstError);
    void importList(QString* summary);
    void saveCopyAs(const QString& path);

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_eventPath;
    std::unique_ptr<FaultyVolume> m_volume;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<eventsnapshot::FileInspector> m_inspector;
    CheckInPage* m_page = nullptr;
    QTimer m_boxCloser; // answers any message box, as nobody can click one offscreen
    QStringList m_boxes;
};

void TestDeskFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskfaults"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath(QStringLiteral("list.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Förnamn;Efternamn;Organisation\n"
              "Örjan;Nygren;Umeå kommun\n"
              "Birgitta;Sundin;Region Västerbotten\n");
    csv.close();
    m_boxCloser.setInterval(20);
    connect(&m_boxCloser, &QTimer::timeout, this, [this] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            m_boxes.append(box->text());
            box->done(QMessageBox::Ok);
        }
    });
    m_boxCloser.start();
}

void TestDeskFaults::init()
{
    m_volume = std::make_unique<FaultyVolume>();
    REQUIRE_VOLUME(*m_volume);
    m_eventPath = m_volume->filePath(QStringLiteral("door.entre"));
    QVERIFY(createEvent(m_eventPath));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openEvent(m_eventPath));
    m_inspector = std::make_unique<eventsnapshot::FileInspector>(m_eventPath);
    m_page = m_window->checkInPage();
    QVERIFY(m_page);
    QTRY_VERIFY(m_page->searchField()->hasFocus());
    m_boxes.clear();
}

void TestDeskFaults::cleanup()
{
    m_inspector.reset();
    m_window.reset();
    m_page = nullptr;
    m_volume.reset();
}

qint64 TestDeskFaults::idOf(const QString& code) const
{
    auto found = event()->findByCode(code);
    return found && found->has_value() ? found->value().id : 0;
}

int TestDeskFaults::logSize(const QString& code) const
{
    auto entries = event()->checkInLog(idOf(code));
    return entries ? int(entries->size()) : -1;
}

QString TestDeskFaults::fullDiskText() const
{
    return m_volume->isTmpfs() ? QStringLiteral("The disk is full. Free some space on it")
                               : QStringLiteral("could not be read or written");
}

void TestDeskFaults::type(const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, m_page->searchField(),
                            static_cast<Qt::Key>(c.toUpper().unicode()), QString(c), Qt::NoModifier,
                            45);
    }
}

void TestDeskFaults::whenDialogOpens(std::function<void(QDialog*)> act)
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

// Walk-in (Ctrl+N), a name, OK; then betweenTries() and OK again when the first OK was refused.
void TestDeskFaults::walkInMarta(const std::function<void()>& betweenTries, QString* firstError)
{
    whenDialogOpens([betweenTries, firstError](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameField"))
            ->setText(QStringLiteral("Märta"));
        dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"))
            ->setText(QStringLiteral("Ödmark"));
        dialog->accept();
        if (!dialog->isVisible())
            return;
        *firstError = static_cast<PersonDialog*>(dialog)->errorText();
        // Everything typed is still there for the second try.
        if (dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"))->text() !=
            QStringLiteral("Ödmark"))
            firstError->prepend(QStringLiteral("lost what was typed: "));
        betweenTries();
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("walkInAction"))->trigger();
}

void TestDeskFaults::importList(QString* summary)
{
    ImportWizard wizard(m_window->event(), m_window.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))->setText(m_csv);
    for (int page = 0; page < 2; ++page) {
        QAbstractButton* button = wizard.button(QWizard::CommitButton);
        if (!button->isVisible())
            button = wizard.button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), page + 1, 15000); // read in the background
    }
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 20000);
    *summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    wizard.button(QWizard::FinishButton)->click();
}

void TestDeskFaults::saveCopyAs(const QString& path)
{
    QAction* saveCopy = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))
            saveCopy = action;
    }
    QVERIFY(saveCopy && saveCopy->isEnabled());
    whenDialogOpens([path](QDialog* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        if (!files) {
            dialog->reject();
            return;
        }
        files->selectFile(path);
        static_cast<QDialog*>(files)->done(QDialog::Accepted); // no overwrite question
    });
    m_window->statusBar()->clearMessage();
    saveCopy->trigger();
}

void TestDeskFaults::checkInAndUndoOnAFullDisk()
{
    const QStringList before = contents(db());
    QVERIFY(emptyWal(db()));
    QVERIFY(m_volume->fill());
    type(QStringLiteral("hanna"));
    pressEnter();
    NoticeBanner* banner = m_page->banner();
    QCOMPARE(banner->kind(), NoticeBanner::Kind::Error);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Hanna Berg is NOT checked in. ")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(fullDiskText()), qPrintable(banner->text()));
    QCOMPARE(m_page->searchField()->selectedText(), QStringLiteral("hanna"));
    QVERIFY(!m_window->undoStack()->canUndo());
    QCOMPARE(contents(db()), before);

    // Space is freed; Enter again ticks her, on the same open file.
    m_volume->free();
    pressEnter();
    QCOMPARE(banner->kind(), NoticeBanner::Kind::Success);
    QCOMPARE(logSize(QStringLiteral("DV16-003")), 1);

    const QStringList ticked = contents(db());
    QVERIFY(emptyWal(db()));
    QVERIFY(m_volume->fill());
    QUndoStack* undo = m_window->undoStack();
    QTest::keyClick(m_page->searchField(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(banner->kind(), NoticeBanner::Kind::Error);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Hanna Berg is still checked in. ")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(fullDiskText()), qPrintable(banner->text()));
    QCOMPARE(contents(db()), ticked);
    // The undo history matches the file again: Ctrl+Z can be pressed once more.
    QTRY_VERIFY(undo->canUndo());
    QVERIFY(!undo->canRedo());

    m_volume->free();
    QTest::keyClick(m_page->searchField(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(banner->kind(), NoticeBanner::Kind::Info);
    QCOMPARE(logSize(QStringLiteral("DV16-003")), 2);
    QCOMPARE(disagreements(db()), QStringList());
}

void TestDeskFaults::walkInOnAFullDiskKeepsWhatWasTyped()
{
    const QStringList before = contents(db());
    QVERIFY(emptyWal(db()));
    QVERIFY(m_volume->fill());
    QString error;
    QStringList whileFull;
    walkInMarta(
        [&] {
            whileFull = contents(db());
            m_volume->free();
        },
        &error);
    QVERIFY2(error.contains(fullDiskText()), qPrintable(error));
    QCOMPARE(whileFull, before);
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("Märta Ödmark is added")),
             qPrintable(m_page->banner()->text()));
    QCOMPARE(event()->count().value(), 4);
    QCOMPARE(disagreements(db()), QStringList());
}

void TestDeskFaults::importOnAFullDiskChangesNothing()
{
    const QStringList before = contents(db());
    QVERIFY(emptyWal(db()));
    QVERIFY(m_volume->fill());
    QString summary;
    importList(&summary);
    QVERIFY2(summary.startsWith(QStringLiteral("The import failed and the event is unchanged: ")),
             qPrintable(summary));
    QVERIFY2(summary.contains(fullDiskText()), qPrintable(summary));
    QCOMPARE(contents(db()), before);

    m_volume->free();
    importList(&summary);
    QVERIFY2(summary.startsWith(QStringLiteral("2 added")), qPrintable(summary));
    QCOMPARE(event()->count().value(), 5);
}

void TestDeskFaults::busyFileAtTheDoor()
{
    const QStringList before = contents(db());
    const QString busy = QStringLiteral("The event file is busy: another program is writing to it. "
                                        "Wait a moment and try again; if it stays busy, close the "
                                        "other program.");
    {
        OtherWriter other(m_eventPath);
        QVERIFY(other.isWriting());
        type(QStringLiteral("emil"));
        pressEnter();
        QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Error);
        QCOMPARE(m_page->banner()->text(),
                 QStringLiteral("Emil Hägglund is NOT checked in. ") + busy);
        QCOMPARE(contents(db()), before);
        QVERIFY(other.finish(QStringLiteral("COMMIT")));
    }
    pressEnter();
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QCOMPARE(logSize(QStringLiteral("DV16-001")), 1);

    const QStringList ticked = contents(db());
    {
        OtherWriter other(m_eventPath);
        QVERIFY(other.isWriting());
        QString summary;
        importList(&summary);
        QCOMPARE(summary, busy + QStringLiteral(" The event is unchanged."));
        QCOMPARE(contents(db()), ticked);
        QString error;
        walkInMarta([&] { other.finish(QStringLiteral("ROLLBACK")); }, &error);
        QCOMPARE(error, busy);
    }
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QCOMPARE(event()->count().value(), 4);
    QCOMPARE(disagreements(db()), QStringList());
}

void TestDeskFaults::fileMadeReadOnlyWhileTheDeskHasItOpen()
{
    QVERIFY(m_volume->freeze(m_eventPath));
    // The desk keeps the file it opened: nobody at the door waits.
    type(QStringLiteral("asa"));
    pressEnter();
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);
    QCOMPARE(logSize(QStringLiteral("DV16-002")), 1);

    // The import opens a connection of its own, which may only read now.
    const QStringList before = contents(db());
    QString summary;
    importList(&summary);
    QVERIFY2(summary.startsWith(QStringLiteral("The event file has become read-only. Make it "
                                               "writable again, or use File → Save a Copy and "
                                               "open the copy. The event is unchanged.")),
             qPrintable(summary));
    QCOMPARE(contents(db()), before);

    m_volume->thaw(m_eventPath);
    importList(&summary);
    QVERIFY2(summary.startsWith(QStringLiteral("2 added")), qPrintable(summary));
}

void TestDeskFaults::saveCopyOntoAFullOrReadOnlyDisk()
{
    FaultyVolume stick;
    REQUIRE_VOLUME(stick);
    const QString target = stick.filePath(QStringLiteral("door copy.entre"));
    saveCopyAs(target);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved a copy")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QFile copy(target);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QByteArray older = copy.readAll();
    copy.close();

    type(QStringLiteral("emil"));
    pressEnter();
    QVERIFY(stick.fill());
    saveCopyAs(target);
    QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(stick.isTmpfs() ? QStringLiteral("The disk is full.")
                                           : QStringLiteral("could not be read or written")),
             qPrintable(said));
    stick.free();
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), older);
    copy.close();
    // The desk goes on while the copy failed.
    type(QStringLiteral("hanna"));
    pressEnter();
    QCOMPARE(m_page->banner()->kind(), NoticeBanner::Kind::Success);

    QVERIFY(stick.setReadOnly(true));
    saveCopyAs(stick.filePath(QStringLiteral("another.entre")));
    QVERIFY(stick.setReadOnly(false));
    said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("could not be opened or created. Check that the folder "
                                          "exists and that you may write to it.")),
             qPrintable(said));
    saveCopyAs(target);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved a copy")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestDeskFaults)
#include "tst_deskfaults.moc"
