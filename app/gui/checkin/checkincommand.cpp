#include "checkincommand.h"

#include "checkinpage.h"
#include "eventsession.h"
#include "store/checkinservice.h"

#include <QCoreApplication>

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
    auto outcome = entre::CheckInService(m_session->database())
                       .undo(m_attendee.id, EventSession::stationName());
    m_done = false;
    if (m_page)
        m_page->reportUndo(m_attendee, outcome);
    m_session->notifyAttendeesChanged();
}

void CheckInCommand::redo()
{
    if (m_done)
        return; // the tick that created this command
    auto outcome = entre::CheckInService(m_session->database())
                       .checkIn(m_attendee.id, EventSession::stationName());
    m_done = true;
    if (m_page)
        m_page->reportRedo(m_attendee, outcome);
    m_session->notifyAttendeesChanged();
}
