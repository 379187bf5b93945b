#pragma once

#include "model/attendee.h"

#include <QPointer>
#include <QUndoCommand>

class CheckInPage;
class QUndoStack;

// A committed check-in on the desk's undo stack. It is pushed after the tick was written, so
// the first redo() does nothing; undo() writes an undo to the log and redo() ticks again. When
// the file refuses the write (busy, disk full) the stack is moved back to match the file.
class CheckInUndoCommand : public QUndoCommand {
public:
    CheckInUndoCommand(QUndoStack* stack, CheckInPage* page, const entre::Attendee& attendee);

    void undo() override;
    void redo() override;

private:
    void stepBack(void (QUndoStack::*move)());

    QUndoStack* m_stack;
    QPointer<CheckInPage> m_page;
    entre::Attendee m_attendee;
    bool m_done = true;
};
