#pragma once

#include "event/eventbackups.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

// File → Restore from Backup…: this event's backups, newest first, with when each was taken and
// how many had arrived. The dialog only chooses; the window asks, closes, restores and reopens.
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    explicit RestoreDialog(const entre::EventBackups& backups, QWidget* parent = nullptr);

    // The backup chosen; valid only after the dialog was accepted.
    entre::BackupInfo chosenBackup() const;
    int backupCount() const;

    // "2 Dec 2026 17:15", in local time.
    static QString timeText(const QDateTime& takenAt);
    // "87 of 150 arrived", or why the backup cannot be read.
    static QString countsText(const entre::BackupInfo& backup);

private:
    void fill(const entre::EventBackups& backups);
    void updateButton();

    QLabel* m_intro;
    QTreeWidget* m_list;
    QPushButton* m_restore;
    QList<entre::BackupInfo> m_backups;
};
