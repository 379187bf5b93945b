#pragma once

#include "model/attendee.h"

#include <QList>

class QWidget;

namespace entre {
class Event;
}

// Shows these people's badges as the desk's settings print them, from this label on a sheet and
// with the badge printer's calibration; says why when the settings cannot be printed.
void previewBadges(QWidget* parent, const entre::Event& event, const QList<entre::Attendee>& people,
                   int startPosition = 1);
