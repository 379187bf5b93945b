#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// The confirmation before an event's personal data is erased: it names the event, says what is
// removed and what is kept, and enables its Erase button only once the user has typed the event's
// name, so that neither a stray Enter nor a quick click erases anything. Cancel is the default.
class EraseDialog : public QDialog {
    Q_OBJECT

public:
    EraseDialog(const QString& eventName, int people, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }
    QPushButton* eraseButton() const { return m_erase; }

private:
    QString m_eventName;
    QLineEdit* m_name;
    QPushButton* m_erase;
};
