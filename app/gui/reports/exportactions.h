#pragma once

#include "reports/attendeeexport.h"

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace entre {
class Event;
}

// File → Export: the attendance report as PDF, and the attendance list and the no-show list as
// CSV files that Swedish Excel opens
// as they are (semicolons), or with commas when the user picks that kind of file. The files are
// readable by the user only; a failure is shown in a message box, success in the status bar.
class ExportActions : public QObject {
    Q_OBJECT

public:
    using EventSource = std::function<entre::Event*()>;

    ExportActions(QMenu* menu, QMainWindow* window, EventSource event);

    // Asks where to save the list, then writes it.
    void chooseAndExport(entre::AttendeeList list);
    // Writes the list of the open event to path; false (and the user told why) when it failed.
    // Asks where to save the attendance report (PDF), then writes it.
    void chooseAndExportReport();
    bool exportTo(entre::AttendeeList list, const QString& path, QChar delimiter = u';');

private:
    QMainWindow* m_window;
    EventSource m_event;
    QList<QAction*> m_actions;
};
