#include "usermessages.h"

#include <QMessageBox>
#include <QPushButton>

void UserMessages::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

bool UserMessages::confirm(QWidget* parent, const QString& title, const QString& message,
                           const QString& acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}
