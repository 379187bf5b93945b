#pragma once

#include <QString>

class QWidget;

// Where the window tells the user of an error or asks a yes/no question. The application shows
// message boxes; a test installs its own to see what a user would be told and to answer.
class UserMessages {
public:
    virtual ~UserMessages() = default;

    virtual void showError(QWidget* parent, const QString& title, const QString& message);
    // True when the user chose `acceptText`; the safe choice (Cancel) is the default.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& message,
                         const QString& acceptText);
};
