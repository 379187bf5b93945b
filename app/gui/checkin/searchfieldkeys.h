#pragma once

#include <QObject>

// The keys the desk's search field answers itself: Enter checks in, Esc clears, the arrows and
// Page Up/Down move the highlight in the list below. Ctrl+Z and Ctrl+Shift+Z are left to the
// window, where they undo and redo check-ins instead of the field's typing.
class SearchFieldKeys : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void enterPressed();
    void escapePressed();
    void moveRequested(int key); // Qt::Key_Up, Key_Down, Key_PageUp or Key_PageDown
};
