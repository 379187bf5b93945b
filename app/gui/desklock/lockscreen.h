#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// What a locked desk shows instead of the check-in page: the event's name, how many have
// arrived, and a PIN field with an Unlock button (only the button when no PIN is set).
// Nothing on it names a person.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    QLineEdit* pinField() const { return m_pin; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* countsLabel() const { return m_counts; }

    void setEventName(const QString& name);
    void setCounts(int arrived, int registered);
    // Readies the screen for a new lock: an empty PIN field, shown only when a PIN is needed.
    void prepare(bool pinNeeded);
    // Says the PIN was wrong and empties the field for another try.
    void showWrongPin();
    // Says that no PIN is taken for seconds more, with the field and the button disabled.
    void showRefused(int seconds);
    // Takes PINs again after a wait.
    void allowAttempts();
    // Puts the keyboard focus where the next key belongs: the PIN field, or the button.
    void takeFocus();

Q_SIGNALS:
    // The user asked to unlock, with the PIN typed (empty when none is needed).
    void unlockRequested(const QString& pin);

private:
    QLabel* m_name;
    QLabel* m_counts;
    QLabel* m_wrong;
    QLineEdit* m_pin;
    QPushButton* m_unlock;
};
