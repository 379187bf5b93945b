#pragma once

#include <QWidget>

class QListWidget;

// What the window shows when no event is open: New, Open, the demo and the recent files.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refreshRecentFiles();

Q_SIGNALS:
    void newEventRequested();
    void openEventRequested();
    void demoRequested();
    void recentFileRequested(const QString& path);

private:
    QListWidget* m_recent;
};
