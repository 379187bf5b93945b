#pragma once

#include "model/attendee.h"

#include <QFrame>

#include <optional>

class DoubleWalkInNotice;
class QFormLayout;
class QLabel;

// Everything the desk may need to know about the selected person, read-only.
class AttendeeDetailPanel : public QFrame {
    Q_OBJECT

public:
    explicit AttendeeDetailPanel(QWidget* parent = nullptr);

    // `doubles`: walk-ins another desk added with this person's name and organisation.
    void showAttendee(const std::optional<entre::Attendee>& attendee,
                      const QList<entre::Attendee>& doubles = {});

Q_SIGNALS:
    // The desk asked and found the person shown and `other` to be one.
    void mergeRequested(const entre::Attendee& shown, const entre::Attendee& other);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addRow(const QString& label, const QString& objectName);
    void applyFonts();

    QFormLayout* m_form;
    QLabel* m_name;
    QLabel* m_organisation;
    QLabel* m_type;
    QLabel* m_title;
    QLabel* m_diet;
    QLabel* m_notes;
    QLabel* m_code;
    QLabel* m_arrival;
    QLabel* m_badge;
    DoubleWalkInNotice* m_doubles; // shown only when there are any
    std::optional<entre::Attendee> m_shown;
};
