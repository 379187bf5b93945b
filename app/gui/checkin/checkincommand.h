#pragma once

#include "model/attendee.h"

#include <QPointer>
#include <QUndoCommand>

class CheckInPage;
class EventSession;

// A committed check-in on the desk's undo stack. It is pushed after the tick was written, so
// the first redo() does nothing; undo() writes an undo to the log and redo() ticks again.
class CheckInCommand : public QUndoCommand {
public:
    CheckInCommand(EventSession* session, CheckInPage* page, const entre::Attendee& attendee);

    void undo() override;
    void redo() override;

private:
    EventSession* m_session;
    QPointer<CheckInPage> m_page;
    entre::Attendee m_attendee;
    bool m_done = true;
};
