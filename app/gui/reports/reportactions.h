#pragma once

#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QMainWindow;
class QMenu;

namespace entre {
class Event;
class ReportPreviewDialog;
} // namespace entre

// The Reports menu: the attendance list a funder asks for, the sign-in sheet to print before
// the day and the no-show list, each shown in a preview to print or save as PDF; and the
// arrivals chart in a window of its own. The commands need an open event.
class ReportActions : public QObject {
    Q_OBJECT

public:
    using EventSource = std::function<entre::Event*()>;
    enum class Report { Attendance, SignInSheet, NoShows };

    ReportActions(QMenu* menu, QMainWindow* window, EventSource event);

    // Opens the preview of the open event's report (window-modal, deleted when closed); null
    // when no event is open.
    entre::ReportPreviewDialog* preview(Report report);
    // Opens a large chart of the arrivals that follows the check-ins; null when no event is open.
    QDialog* showArrivals();

private:
    QMainWindow* m_window;
    EventSource m_event;
    QList<QAction*> m_actions;
};
