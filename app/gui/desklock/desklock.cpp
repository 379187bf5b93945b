#include "desklock.h"

#include "event/event.h"
#include "lockscreen.h"
#include "settings/desksettings.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <chrono>

DeskLock::DeskLock(QMainWindow* window, QStackedWidget* pages, EventSource event)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_event(std::move(event))
    , m_lockAction(new QAction(tr("Loc&k the Desk"), this))
    , m_idle(new QTimer(this))
    , m_countdown(new QTimer(this))
    , m_clock([] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    })
{
    setObjectName(QStringLiteral("deskLock"));
    m_lockAction->setObjectName(QStringLiteral("lockDeskAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_available.append(m_lockAction);
    connect(m_lockAction, &QAction::triggered, this, &DeskLock::lock);

    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &DeskLock::lock);
    connect(DeskSettings::instance(), &DeskSettings::idleLockChanged, this,
            &DeskLock::restartIdleTimer);
    qApp->installEventFilter(this);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &DeskLock::updateRefusal);
    restartIdleTimer();
}

DeskLock::~DeskLock()
{
    qApp->removeEventFilter(this);
}

void DeskLock::lock()
{
    entre::Event* event = m_event();
    if (m_locked) {
        m_screen->takeFocus();
        return;
    }
    if (!event)
        return;
    m_locked = true;
    m_idle->stop();
    closeDialogs();
    if (!m_screen) {
        m_screen = new LockScreen(m_pages);
        m_pages->addWidget(m_screen);
        connect(m_screen, &LockScreen::unlockRequested, this, &DeskLock::unlock);
    }
    m_screen->setEventName(event->info().name);
    updateCounts();
    connect(event, &entre::Event::countsChanged, this, &DeskLock::updateCounts,
            Qt::UniqueConnection);
    m_screen->prepare(DeskSettings::hasLockPin());
    updateRefusal();
    m_lockedPage = m_pages->currentWidget();
    m_pages->setCurrentWidget(m_screen);
    hideCommands();
    QStatusBar* statusBar = m_window->findChild<QStatusBar*>(QString(), Qt::FindDirectChildrenOnly);
    m_statusBarWasVisible = statusBar && statusBar->isVisibleTo(m_window);
    if (statusBar)
        statusBar->hide();
    m_screen->takeFocus();
    Q_EMIT lockedChanged(true);
}

bool DeskLock::unlock(const QString& pin)
{
    if (!m_locked)
        return true;
    if (m_attempts.waitMs(m_clock()) > 0) {
        updateRefusal();
        return false;
    }
    if (!DeskSettings::checkLockPin(pin)) {
        m_attempts.failed(m_clock());
        m_screen->showWrongPin();
        updateRefusal();
        return false;
    }
    m_attempts.succeeded();
    m_countdown->stop();
    m_locked = false;
    for (const QPointer<QAction>& action : std::as_const(m_hidden)) {
        if (action)
            action->setVisible(true);
    }
    m_hidden.clear();
    if (m_statusBarWasVisible)
        m_window->statusBar()->show();
    if (m_lockedPage && m_pages->indexOf(m_lockedPage) >= 0)
        m_pages->setCurrentWidget(m_lockedPage);
    if (QWidget* page = m_pages->currentWidget())
        page->setFocus();
    restartIdleTimer();
    Q_EMIT lockedChanged(false);
    return true;
}

void DeskLock::restartIdleTimer()
{
    m_idleMs = DeskSettings::idleLockSeconds() * 1000;
    if (m_idleMs <= 0 || m_locked) {
        m_idle->stop();
        return;
    }
    m_idle->start(m_idleMs);
}

void DeskLock::updateCounts()
{
    entre::Event* event = m_event();
    if (!event)
        return;
    if (auto stats = event->attendance())
        m_screen->setCounts(stats.value().arrived, stats.value().registered);
}

// While PINs are refused the screen counts the seconds down; when the wait is over it takes a
// PIN again.
void DeskLock::updateRefusal()
{
    if (!m_screen)
        return;
    const qint64 wait = m_attempts.waitMs(m_clock());
    if (wait > 0) {
        m_screen->showRefused(int((wait + 999) / 1000));
        if (!m_countdown->isActive())
            m_countdown->start();
        return;
    }
    if (m_countdown->isActive()) {
        m_countdown->stop();
        m_screen->allowAttempts();
    }
}

// Hiding an action also disables it, and keeps it disabled when its owner enables it again
// meanwhile (a selection that changed); showing it restores what its owner last asked for.
void DeskLock::hideCommands()
{
    const QList<QAction*> menus = m_window->menuBar()->actions();
    for (QAction* action : menus) {
        if (m_available.contains(action) || !action->menu())
            continue;
        hideCommandsIn(action->menu());
        // A menu with nothing left in it leaves the menu bar too.
        const QList<QAction*> left = action->menu()->actions();
        if (std::none_of(left.begin(), left.end(), [](QAction* a) { return a->isVisible(); })) {
            action->setVisible(false);
            m_hidden.append(action);
        }
    }
}

void DeskLock::hideCommandsIn(QMenu* menu)
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (m_available.contains(action))
            continue;
        if (action->menu())
            hideCommandsIn(action->menu());
        if (action->isVisible()) {
            action->setVisible(false);
            m_hidden.append(action);
        }
    }
}

// A dialog left open (a person's details, the organisations) would show through the lock.
// Closing it is the same as pressing Cancel.
void DeskLock::closeDialogs()
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        if (!dialog || !dialog->isVisible())
            continue;
        for (QWidget* owner = dialog->parentWidget(); owner; owner = owner->parentWidget()) {
            if (owner == m_window) {
                dialog->reject();
                break;
            }
        }
    }
}

bool DeskLock::isKeyForThePage(QObject* watched, QEvent* event) const
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod:
        break;
    default:
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    return widget && m_screen && widget->window() == m_window && widget != m_screen &&
           !m_screen->isAncestorOf(widget);
}

bool DeskLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked && m_idleMs > 0)
            m_idle->start(m_idleMs);
        break;
    default:
        break;
    }
    // While locked, keys go to the lock screen only: a scanner's burst must not reach the page.
    if (m_locked && isKeyForThePage(watched, event))
        return true;
    return QObject::eventFilter(watched, event);
}
