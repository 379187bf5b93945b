#pragma once

#include "desks/deskaddress.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace entre {
class Event;
}

// Event → Connect Desks…: the PostgreSQL server on the venue network, and what this desk does
// with it. The first desk shares its open event; another desk joins, which makes a new event
// file from the server; a desk whose event is shared already connects again, e.g. with the
// password it was not given when the event was opened. The work is done when Connect is
// pressed, joining on a worker thread; a failure is shown in the dialog, which stays open and
// changes nothing.
class ConnectDesksDialog : public QDialog {
    Q_OBJECT

public:
    enum class Outcome { Shared, Joined, Reconnected };

    // event may be null (no event open): then only joining is offered.
    ConnectDesksDialog(entre::Event* event, QWidget* parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    // The server, with the password typed (for this session; kept only when remembered).
    entre::DeskAddress address() const { return m_address; }
    QString eventId() const { return m_eventId; }
    // The new event file, after joining.
    QString joinedPath() const { return m_joinedPath; }
    // Done, but the password could not be remembered: why.
    QString warning() const { return m_warning; }

    void accept() override;
    void reject() override;

private:
    QWidget* createServerFields();
    QWidget* createJoinFields();
    void fillFromShared(const QString& server);
    void updateMode();
    void chooseFile();
    bool run();
    void startJoining();
    void setJoining(bool joining);
    void finish();
    void fail(const QString& message);

    entre::Event* m_event;
    bool m_shared = false;
    QLabel* m_intro;
    QRadioButton* m_share;
    QRadioButton* m_join;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QWidget* m_joinFields;
    QLineEdit* m_file;
    QLineEdit* m_eventIdField;
    QLabel* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    bool m_joining = false;
    QHash<QWidget*, bool> m_enabledBefore; // while joining

    Outcome m_outcome = Outcome::Shared;
    entre::DeskAddress m_address;
    QString m_eventId;
    QString m_joinedPath;
    QString m_warning;
};
