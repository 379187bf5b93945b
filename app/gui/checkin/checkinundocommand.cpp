#include "checkinundocommand.h"

#include "checkinpage.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

CheckInUndoCommand::CheckInUndoCommand(QUndoStack* stack, CheckInPage* page,
                                       const entre::Attendee& attendee)
    : QUndoCommand(
          QCoreApplication::translate("CheckInCommand", "Check-in of %1").arg(attendee.fullName()))
    , m_stack(stack)
    , m_page(page)
    , m_attendee(attendee)
{}

void CheckInUndoCommand::undo()
{
    if (!m_done || !m_page)
        return; // only the step back after a failed redo, or the desk is gone
    if (!m_page->undoCheckIn(m_attendee)) {
        // Nothing was written, so the stack steps forward again: Ctrl+Z can try once more.
        stepBack(&QUndoStack::redo);
        return;
    }
    m_done = false;
}

void CheckInUndoCommand::redo()
{
    if (m_done || !m_page)
        return; // the tick that created this command, or the step back after a failed undo
    if (!m_page->redoCheckIn(m_attendee)) {
        stepBack(&QUndoStack::undo);
        return;
    }
    m_done = true;
}

void CheckInUndoCommand::stepBack(void (QUndoStack::*move)())
{
    // A command cannot refuse its undo or redo; once the stack has moved, move it back.
    QUndoStack* stack = m_stack;
    QTimer::singleShot(0, stack, [stack, move] { (stack->*move)(); });
}
