#pragma once

#include <QIcon>

// The application icon (a badge with a green tick), painted at the sizes desktops ask for, so
// no image plugin is needed. packaging/io.github.entre_desk.Entre.svg is the same drawing for
// installers.
QIcon applicationIcon();
