#pragma once

#include <QMainWindow>

#include <memory>

class BackupScheduler;
class CheckInPage;
class DeskConnection;
class DeskLock;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;
class UserMessages;
class WelcomePage;

namespace entre {
class Event;
}

// The window: menus, the welcome page when no event is open, the check-in page when one is.
// Each event is one .entre file, opened and closed like a document.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens an event file; shows why and keeps the current event when it cannot.
    bool openEvent(const QString& path);
    bool openDemoEvent();
    void closeCurrentEvent();

    // The open event, or null.
    entre::Event* event() const { return m_event.get(); }
    // The check-ins of this desk that Ctrl+Z takes back; null when no event is open.
    QUndoStack* undoStack() const { return m_undoStack.get(); }
    // Replaces how errors and questions reach the user (message boxes by default).
    void setUserMessages(std::unique_ptr<UserMessages> messages);
    CheckInPage* checkInPage() const { return m_checkInPage; }
    // Ctrl+L: hides the page behind a lock screen until it is unlocked.
    DeskLock* deskLock() const { return m_deskLock; }
    // Backs up the open event every few minutes and when it is closed.
    BackupScheduler* backupScheduler() const { return m_backupScheduler; }
    // Event → Connect Desks…, the status light, and the link to the other desks.
    DeskConnection* deskConnection() const { return m_deskConnection; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createFileMenu();
    void updateRecentMenu();
    void updateActions();
    void updateTitle();
    void showError(const QString& title, const QString& message);
    void installEvent(std::unique_ptr<entre::Event> event);

    void newEvent();
    void chooseEventToOpen();
    void saveCopy();
    void restoreFromBackup();
    void editEventDetails();
    void showAbout();

    std::unique_ptr<UserMessages> m_messages;
    std::unique_ptr<entre::Event> m_event;
    std::unique_ptr<QUndoStack> m_undoStack;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    CheckInPage* m_checkInPage = nullptr;
    QUndoGroup* m_undoGroup;
    DeskLock* m_deskLock;
    BackupScheduler* m_backupScheduler = nullptr;
    DeskConnection* m_deskConnection = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_eventMenu = nullptr;
    QMenu* m_badgesMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QList<QAction*> m_eventActions; // enabled only while an event is open
};
