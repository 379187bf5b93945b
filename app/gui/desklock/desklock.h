#pragma once

#include "pinattempts.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class LockScreen;
class QAction;
class QMainWindow;
class QMenu;
class QStackedWidget;
class QTimer;

namespace entre {
class Event;
}

// Locks the desk when staff step away (Ctrl+L, or after the idle time set in Settings): a lock
// screen takes the place of the page, showing only the event's name and the counts. While it
// is locked no key reaches the page, so a scanned code checks nobody in, and every menu
// command but Lock, Quit and Help is disabled (and hidden). The PIN from Settings unlocks it;
// without a PIN, one click does. After five wrong PINs in a row, further tries wait a while.
class DeskLock : public QObject {
    Q_OBJECT

public:
    using EventSource = std::function<entre::Event*()>;
    // Milliseconds of a steady clock; the wait after wrong PINs is timed with it.
    using Clock = std::function<qint64()>;

    // The lock screen goes into pages; the window puts lockAction() (Ctrl+L) into a menu.
    DeskLock(QMainWindow* window, QStackedWidget* pages, EventSource event);
    ~DeskLock() override;

    QAction* lockAction() const { return m_lockAction; }
    // Null until the desk is first locked.
    LockScreen* lockScreen() const { return m_screen; }
    bool isLocked() const { return m_locked; }
    // These stay usable while the desk is locked (with everything in their menus).
    void keepAvailable(QAction* action) { m_available.append(action); }

    // Locks, when an event is open; does nothing when it is locked already.
    void lock();
    // Unlocks when pin is right (any pin does when none is set); false when it stays locked.
    bool unlock(const QString& pin);
    // Replaces the clock that times the wait after too many wrong PINs.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void restartIdleTimer();
    void updateCounts();
    void updateRefusal();
    void hideCommands();
    void hideCommandsIn(QMenu* menu);
    void closeDialogs();
    bool isKeyForThePage(QObject* watched, QEvent* event) const;

    QMainWindow* m_window;
    QStackedWidget* m_pages;
    EventSource m_event;
    QAction* m_lockAction;
    LockScreen* m_screen = nullptr; // made at the first lock
    QTimer* m_idle;
    QTimer* m_countdown; // ticks while PINs are refused, to count the seconds down
    Clock m_clock;
    PinAttempts m_attempts;
    int m_idleMs = 0;
    bool m_locked = false;
    QPointer<QWidget> m_lockedPage;
    QList<QPointer<QAction>> m_available;
    QList<QPointer<QAction>> m_hidden;
    bool m_statusBarWasVisible = false;
};
