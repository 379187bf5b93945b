#pragma once

#include "usermessages.h"

#include <QStringList>

// What the window told the user, and a fixed answer to every question, for tests that look at
// the error a user would see instead of a message box that nobody clicks.
class RecordingMessages : public UserMessages {
public:
    struct Log {
        QStringList errors;    // "title: message"
        QStringList questions; // "title: message"
        bool answer = false;   // what the "user" chooses when asked
    };

    explicit RecordingMessages(Log* log)
        : m_log(log)
    {}

    void showError(QWidget*, const QString& title, const QString& message) override
    {
        m_log->errors.append(title + QLatin1String(": ") + message);
    }
    bool confirm(QWidget*, const QString& title, const QString& message, const QString&) override
    {
        m_log->questions.append(title + QLatin1String(": ") + message);
        return m_log->answer;
    }

private:
    Log* m_log;
};
