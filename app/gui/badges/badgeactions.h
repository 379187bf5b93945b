#pragma once

#include "model/attendee.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CheckInPage;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace entre {
class Event;
}

// The Badges menu of the main window: print the selected person's badge (Ctrl+P), print a
// batch, preview, settings and printer calibration. Shows a failed print in the status bar
// and offers to print it again.
class BadgeActions : public QObject {
    Q_OBJECT

public:
    using EventSource = std::function<entre::Event*()>;
    using PageSource = std::function<CheckInPage*()>;

    BadgeActions(QMenu* menu, QMainWindow* window, EventSource event, PageSource page);

    QAction* printSelectedAction() const { return m_printSelected; }
    QList<entre::Attendee> selectedAttendees() const;
    // Called when an event's check-in page is shown: its check-ins print badges when the
    // setting says so, and failures show on the page and in the status bar.
    void attach(CheckInPage* page);

    void printSelected();
    void printBatch();
    void preview();
    void editSettings();
    void calibrate();

private:
    void updateActions();
    void connectService();
    void showFailure(const entre::Attendee& attendee, const QString& message);
    void clearFailure();

    QMainWindow* m_window;
    EventSource m_event;
    PageSource m_page;
    QAction* m_printSelected;
    QAction* m_reprintFailed;
    QList<QAction*> m_eventActions;
    QLabel* m_failure;
    // Null again once that event is closed, so that the next one is connected even at the
    // same address.
    QPointer<entre::Event> m_connected;
};
