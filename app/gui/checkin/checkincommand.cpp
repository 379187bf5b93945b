#include "checkincommand.h"

#include "checkinpage.h"
#include "eventsession.h"
#include "store/checkinservice.h"

#include <QCoreApplication>
#include <QTimer>

CheckInCommand::CheckInCommand(EventSession* session, CheckInPage* page,
                               const entre::Attendee& attendee)
    : QUndoCommand(
          QCoreApplication::translate("CheckInCommand", "Check-in of %1").arg(attendee.fullName()))
    , m_session(session)
    , m_page(page)
    , m_attendee(attendee)
{}

void CheckInCommand::undo()
{
    if (!m_done)
        return; // only the step back after a failed redo
    auto outcome = entre::CheckInService(m_session->database())
                       .undo(m_attendee.id, EventSession::stationName());
    if (m_page)
        m_page->reportUndo(m_attendee, outcome);
    if (!outcome) {
        // Nothing was written, so the stack steps forward again: Ctrl+Z can try once more.
        stepBack(&QUndoStack::redo);
        return;
    }
    m_done = false;
    m_session->notifyAttendeesChanged();
}

void CheckInCommand::redo()
{
    if (m_done)
        return; // the tick that created this command, or the step back after a failed undo
    auto outcome = entre::CheckInService(m_session->database())
                       .checkIn(m_attendee.id, EventSession::stationName());
    if (m_page)
        m_page->reportRedo(m_attendee, outcome);
    if (!outcome) {
        stepBack(&QUndoStack::undo);
        return;
    }
    m_done = true;
    m_session->notifyAttendeesChanged();
}

void CheckInCommand::stepBack(void (QUndoStack::*move)())
{
    // A command cannot refuse its undo or redo; once the stack has moved, move it back.
    QUndoStack* stack = m_session->undoStack();
    QTimer::singleShot(0, stack, [stack, move] { (stack->*move)(); });
}
