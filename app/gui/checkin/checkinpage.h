#pragma once

#include "event/event.h"
#include "model/attendee.h"
#include "util/result.h"

#include <QWidget>

#include <optional>

class AttendeeDetailPanel;
class DeskActions;
class NoticeBanner;
class OrganisationCountsPanel;
class QAbstractItemView;
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QUndoStack;
class ScannerDetector;

namespace entre {
class AttendeeListModel;
}

// The page that is open all day at the door: one large search field that keeps the focus, the
// people who match, the selected person's details, and the counts. Enter, a double-click or
// the Check in button tick the highlighted person; a scanned code ticks its owner at once.
class CheckInPage : public QWidget {
    Q_OBJECT

public:
    // Check-ins go onto undoStack, so that Ctrl+Z takes back the last one.
    CheckInPage(entre::Event* event, QUndoStack* undoStack, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QAbstractItemView* attendeeView() const;
    entre::AttendeeListModel* model() const { return m_model; }
    NoticeBanner* banner() const { return m_banner; }
    OrganisationCountsPanel* countsPanel() const { return m_counts; }

    std::optional<entre::Attendee> selectedAttendee() const;

    // Puts the page's commands (walk-in, edit, filters, text size) into the window's menus.
    // They belong to the page and leave the menus with it.
    void addMenuActions(QMenu* editMenu, QMenu* viewMenu);

    // Text size of the whole page, 1.0 = the system's; remembered in the settings.
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    static double savedTextScale();

    // Ticks the person with this code (a scan); a red notice when nobody has it.
    void checkInCode(const QString& code);
    void checkInAttendee(qint64 attendeeId);
    void checkInHighlighted();
    void addWalkIn();
    void editSelected();
    // After asking the desk: makes the two people one (Event::mergePeople()).
    void mergePeople(const entre::Attendee& shown, const entre::Attendee& other);

    // Called by the undo commands: take back a tick, or tick again; false when the file
    // refused the write (the notice says why).
    bool undoCheckIn(const entre::Attendee& attendee);
    bool redoCheckIn(const entre::Attendee& attendee);

Q_SIGNALS:
    // After a check-in was committed (not after a redo from the undo stack).
    void attendeeCheckedIn(qint64 attendeeId);

private:
    void setUpSearchField();
    void buildLayout();
    void connectActions();
    void onEnter();
    void moveHighlight(int key);
    void selectRow(int row);
    void refreshData();
    // The event changed through another view or desk; this page's own actions refresh it
    // themselves, in their own order.
    void onEventChanged();
    void updateIdleText();
    void updateStation();
    void updateDetails();
    void showCheckInFailure(qint64 attendeeId, const entre::Error& error);
    void finishCheckIn(const entre::Result<entre::CheckInOutcome>& outcome);
    void refocus();
    QStringList organisationNames() const;

    entre::Event* m_event;
    QUndoStack* m_undoStack;
    bool m_acting = false; // one of this page's own actions is writing
    entre::AttendeeListModel* m_model;
    QLineEdit* m_search;
    QPushButton* m_checkInButton;
    QPushButton* m_walkInButton;
    QPushButton* m_editButton;
    QLabel* m_station;
    NoticeBanner* m_banner;
    QListView* m_view;
    AttendeeDetailPanel* m_details;
    OrganisationCountsPanel* m_counts;
    ScannerDetector* m_scanner;
    DeskActions* m_actions;
    double m_textScale = 1.0;
    qint64 m_keepSelected = 0;
};
