#pragma once

#include "model/attendee.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

// The amber box beside the details of a walk-in that another desk may have added too: who the
// other one is, and a button for each to merge the two into one person once the desk has asked.
class DoubleWalkInNotice : public QFrame {
    Q_OBJECT

public:
    explicit DoubleWalkInNotice(QWidget* parent = nullptr);

    // Hidden when there are no doubles.
    void showDoubles(const QList<entre::Attendee>& doubles);

Q_SIGNALS:
    void mergeRequested(const entre::Attendee& other);

private:
    QLabel* m_text;
    QVBoxLayout* m_buttons;
};
