#include "eraseaction.h"

#include "backups/backupscheduler.h"
#include "erasedialog.h"
#include "event/event.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

EraseAction::EraseAction(QMenu* menu, MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_action(menu->addAction(tr("&Erase Personal Data…"), this, [this] { run(); }))
{
    setObjectName(QStringLiteral("eraseAction"));
    m_action->setObjectName(QStringLiteral("erasePersonalDataAction"));
}

bool EraseAction::run()
{
    entre::Event* event = m_window->event();
    if (!event)
        return false;
    const QString name = event->info().name;
    if (event->isReadOnly()) {
        QMessageBox::warning(
            m_window, tr("Erase Personal Data"),
            tr("“%1” is open read-only; its personal data cannot be erased.").arg(name));
        return false;
    }
    const auto people = event->count();
    EraseDialog dialog(name, people ? people.value() : 0, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A backup being written now would copy the event as it was, after its backups are erased.
    m_window->backupScheduler()->waitForBackupUnderWay();
    const auto erased = event->erasePersonalData();
    QApplication::restoreOverrideCursor();
    // The undo list names the people it would take back; even a failure may come after the
    // event's rows were erased.
    if (QUndoStack* undo = m_window->undoStack())
        undo->clear();
    if (!erased) {
        QMessageBox::warning(m_window, tr("Erase Personal Data"), erased.error().message);
        return false;
    }
    const QString done =
        tr("The personal data of %n people in “%1” is erased, and %2 backups were erased the "
           "same way. The counts per organisation, check-in times and stations are kept.",
           nullptr, erased->people)
            .arg(name)
            .arg(erased->backups);
    m_window->statusBar()->showMessage(done, 15000);
    QMessageBox::information(m_window, tr("Personal Data Erased"), done);
    return true;
}
