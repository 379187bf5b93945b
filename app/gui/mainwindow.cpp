#include "mainwindow.h"

#include "backups/backupscheduler.h"
#include "backups/restoredialog.h"
#include "badges/badgeactions.h"
#include "checkin/checkinpage.h"
#include "demo/demoevent.h"
#include "desklock/desklock.h"
#include "desks/deskconnection.h"
#include "erase/eraseaction.h"
#include "event/event.h"
#include "event/eventbackups.h"
#include "help/userguidewindow.h"
#include "history/historydialog.h"
#include "import/importwizard.h"
#include "neweventdialog.h"
#include "organisations/organisationsdialog.h"
#include "recentfiles.h"
#include "reports/exportactions.h"
#include "reports/reportactions.h"
#include "settings/desksettings.h"
#include "settings/settingsdialog.h"
#include "usermessages.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace {

QString eventFileFilter()
{
    return MainWindow::tr("Entré events (*.entre);;All files (*)");
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_messages(std::make_unique<UserMessages>())
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_deskLock(new DeskLock(this, m_pages, [this] { return m_event.get(); }))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    createMenus();
    m_backupScheduler = new BackupScheduler(this);
    connect(m_backupScheduler, &BackupScheduler::backupFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 30000); });

    connect(m_welcome, &WelcomePage::newEventRequested, this, &MainWindow::newEvent);
    connect(m_welcome, &WelcomePage::openEventRequested, this, &MainWindow::chooseEventToOpen);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoEvent);
    connect(m_welcome, &WelcomePage::recentFileRequested, this, &MainWindow::openEvent);

    // The desk runs full-screen on a laptop unless the user arranged it otherwise last time.
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1200, 760);
        setWindowState(Qt::WindowMaximized);
    }
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A backup or a round with the other desks may be under way on another thread, with the
    // event in hand: they end before the event does. The pages hold pointers to the event too.
    m_deskConnection->detach();
    m_backupScheduler->detach();
    delete m_checkInPage;
}

void MainWindow::createMenus()
{
    createFileMenu();

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("&Settings…"), this, [this] { SettingsDialog(this).exec(); })
        ->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_deskLock->lockAction());
    m_viewMenu->addSeparator();
    m_eventActions.append(m_deskLock->lockAction());
    m_eventMenu = menuBar()->addMenu(tr("Eve&nt"));
    QAction* details =
        m_eventMenu->addAction(tr("Event &Details…"), this, &MainWindow::editEventDetails);
    m_eventActions.append(details);
    QAction* organisations = m_eventMenu->addAction(
        tr("&Organisations…"), this, [this] { OrganisationsDialog(m_event.get(), this).exec(); });
    organisations->setObjectName(QStringLiteral("organisationsAction"));
    m_eventActions.append(organisations);
    m_eventActions.append(
        HistoryDialog::addAction(m_eventMenu, this, [this] { return m_event.get(); }));
    // Also without an open event: a new desk joins from here.
    m_deskConnection = new DeskConnection(m_eventMenu, this);
    m_eventMenu->addSeparator();
    m_eventActions.append((new EraseAction(m_eventMenu, this))->action());
    new ReportActions(menuBar()->addMenu(tr("&Reports")), this, [this] { return m_event.get(); });
    m_badgesMenu = menuBar()->addMenu(tr("&Badges"));
    new BadgeActions(
        m_badgesMenu, this, [this] { return m_event.get(); }, [this] { return m_checkInPage; });

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* guide = m_helpMenu->addAction(tr("&User Guide"), this, [this] {
        auto* window = new UserGuideWindow(this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addAction(tr("&About Entré"), this, &MainWindow::showAbout);
    m_deskLock->keepAvailable(m_helpMenu->menuAction());
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = m_fileMenu->addAction(tr("&New Event…"), this, &MainWindow::newEvent);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = m_fileMenu->addAction(tr("&Open Event…"), this, &MainWindow::chooseEventToOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addAction(tr("Open the &Demo Event"), this, &MainWindow::openDemoEvent);
    m_fileMenu->addSeparator();
    QAction* import = m_fileMenu->addAction(tr("&Import Registrations…"), this,
                                            [this] { ImportWizard(m_event.get(), this).exec(); });
    import->setObjectName(QStringLiteral("importAction"));
    m_eventActions.append(import);
    QAction* copy = m_fileMenu->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* restore =
        m_fileMenu->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    m_eventActions.append(restore);
    new ExportActions(m_fileMenu->addMenu(tr("&Export")), this, [this] { return m_event.get(); });
    QAction* close =
        m_fileMenu->addAction(tr("&Close Event"), this, [this] { closeCurrentEvent(); });
    close->setShortcut(QKeySequence::Close);
    m_eventActions << copy << close;
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_deskLock->keepAvailable(quit);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openEvent(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent events"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the List"), this, [] { RecentFiles::clear(); });
}

void MainWindow::updateActions()
{
    for (QAction* action : std::as_const(m_eventActions))
        action->setEnabled(m_event != nullptr);
}

void MainWindow::updateTitle()
{
    if (!m_event) {
        setWindowFilePath({});
        setWindowTitle(tr("Entré"));
        return;
    }
    const auto info = m_event->info();
    QString title = info.name;
    if (info.date.isValid())
        title += QStringLiteral(" · ") + QLocale().toString(info.date, QLocale::LongFormat);
    setWindowFilePath(m_event->path());
    setWindowTitle(title + QStringLiteral(" — ") + tr("Entré"));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    statusBar()->showMessage(message, 10000);
    m_messages->showError(this, title, message);
}

void MainWindow::setUserMessages(std::unique_ptr<UserMessages> messages)
{
    m_messages = std::move(messages);
}

void MainWindow::installEvent(std::unique_ptr<entre::Event> event)
{
    closeCurrentEvent();
    m_event = std::move(event);
    m_event->setStation(DeskSettings::stationName());
    connect(DeskSettings::instance(), &DeskSettings::stationNameChanged, m_event.get(),
            &entre::Event::setStation);
    m_undoStack = std::make_unique<QUndoStack>();
    m_undoGroup->addStack(m_undoStack.get());
    m_undoGroup->setActiveStack(m_undoStack.get());
    m_checkInPage = new CheckInPage(m_event.get(), m_undoStack.get(), this);
    m_pages->addWidget(m_checkInPage);
    m_checkInPage->addMenuActions(m_editMenu, m_viewMenu);
    findChild<BadgeActions*>(QStringLiteral("badgeActions"))->attach(m_checkInPage);
    m_pages->setCurrentWidget(m_checkInPage);
    m_checkInPage->setFocus();
    connect(m_event.get(), &entre::Event::infoChanged, this, &MainWindow::updateTitle);
    RecentFiles::add(m_event->path());
    m_backupScheduler->attach(m_event.get());
    m_deskConnection->attach(m_event.get());
    m_event->keepSearchesWarm();
    updateActions();
    updateTitle();
}

bool MainWindow::openEvent(const QString& path)
{
    if (m_event && QFileInfo(path).absoluteFilePath() == m_event->path())
        return true;
    auto event = entre::Event::open(path);
    if (!event && event.error().kind == entre::ErrorKind::StaleLock &&
        m_messages->confirm(this, tr("Event Left Locked"), event.error().message,
                            tr("Open Anyway"))) {
        event = entre::Event::open(path, entre::Event::Access::ReadWrite,
                                   entre::EventLock::Policy::TakeOver);
    }
    if (!event) {
        showError(tr("Cannot Open Event"), event.error().message);
        return false;
    }
    installEvent(std::move(event).value());
    return true;
}

bool MainWindow::openDemoEvent()
{
    auto path = entre::DemoEvent::ensure();
    if (!path) {
        showError(tr("Cannot Open the Demo Event"), path.error().message);
        return false;
    }
    return openEvent(path.value());
}

void MainWindow::closeCurrentEvent()
{
    if (!m_event)
        return;
    m_deskConnection->detach();
    // The last backup, while the event is still open.
    m_backupScheduler->detach();
    m_undoGroup->removeStack(m_undoStack.get());
    m_pages->setCurrentWidget(m_welcome);
    delete m_checkInPage;
    m_checkInPage = nullptr;
    m_undoStack.reset();
    m_event.reset();
    m_welcome->refreshRecentFiles();
    updateActions();
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    closeCurrentEvent();
    event->accept();
}

void MainWindow::newEvent()
{
    NewEventDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const entre::EventInfo info = dialog.eventInfo();
    // The store never overwrites a file, so the dialog does not offer to.
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the New Event As"),
        QDir(defaultFolder()).filePath(info.name + QLatin1String(".entre")), eventFileFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".entre");
    auto event = entre::Event::create(path, info);
    if (!event) {
        showError(tr("Cannot Create Event"), event.error().message);
        return;
    }
    installEvent(std::move(event).value());
}

void MainWindow::chooseEventToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Event"), defaultFolder(), eventFileFilter());
    if (!path.isEmpty())
        openEvent(path);
}

void MainWindow::saveCopy()
{
    if (!m_event)
        return;
    const QString suggestion = QDir(defaultFolder())
                                   .filePath(QFileInfo(m_event->path()).completeBaseName() +
                                             tr(" (copy)") + QLatin1String(".entre"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Event"),
                                                      suggestion, eventFileFilter());
    if (path.isEmpty())
        return;
    if (auto saved = m_event->saveCopy(path); !saved) {
        showError(tr("Cannot Save a Copy"), saved.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::editEventDetails()
{
    if (!m_event)
        return;
    NewEventDialog dialog(this);
    dialog.setWindowTitle(tr("Event Details"));
    dialog.setEventInfo(m_event->info());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = m_event->setInfo(dialog.eventInfo()); !saved)
        showError(tr("Cannot Save Event Details"), saved.error().message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Entré"),
                       tr("<h3>Entré %1</h3><p>A check-in desk for events: find each arriving "
                          "person in a keystroke or two, tick them in and print their badge.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later. Source code "
                          "and bug reports: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QStringLiteral("https://github.com/entre-desk/entre")));
}

void MainWindow::restoreFromBackup()
{
    if (!m_event)
        return;
    const QString path = m_event->path();
    const entre::EventBackups backups(path);
    RestoreDialog dialog(backups, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const entre::BackupInfo backup = dialog.chosenBackup();
    if (backup.path.isEmpty())
        return;
    if (!m_messages->confirm(
            this, tr("Restore from Backup"),
            tr("Replace %1 with the backup of %2 (%3)? Everything done since then is taken out of "
               "the event. The event as it is now is kept as a backup first, so this can be "
               "undone the same way.")
                .arg(m_event->info().name, RestoreDialog::timeText(backup.takenAt),
                     RestoreDialog::countsText(backup)),
            tr("Restore")))
        return;
    closeCurrentEvent();
    if (auto restored = entre::EventBackups(path).restore(backup.path, DeskSettings::stationName());
        !restored)
        showError(tr("Cannot Restore from Backup"), restored.error().message);
    else
        statusBar()->showMessage(
            tr("Restored the backup of %1.").arg(RestoreDialog::timeText(backup.takenAt)), 10000);
    openEvent(path);
}
