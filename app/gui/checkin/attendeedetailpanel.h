#pragma once

#include "model/attendee.h"

#include <QFrame>

#include <optional>

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

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addRow(const QString& label, const QString& objectName);
    void showDoubles(const QList<entre::Attendee>& doubles);
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
    QLabel* m_doubles; // shown only when there are any
};
