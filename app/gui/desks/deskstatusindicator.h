#pragma once

#include "desks/desklink.h"

#include <QLabel>

// The light in the status bar while the event is shared with other desks: connected, catching
// up or offline, with the number of this desk's entries still to be sent; the tooltip says why a
// desk is offline.
class DeskStatusIndicator : public QLabel {
    Q_OBJECT

public:
    explicit DeskStatusIndicator(QWidget* parent = nullptr);

    void setDeskState(entre::DeskLink::State state, int pending, const QString& problem);
};
