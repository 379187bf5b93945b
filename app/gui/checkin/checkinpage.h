#pragma once

#include <QWidget>

class EventSession;
class QLabel;
class QLineEdit;
class QTableView;

namespace entre {
class AttendeeListModel;
}

// The page that is open all day at the door: one search field, the people who match, counts.
class CheckInPage : public QWidget {
    Q_OBJECT

public:
    explicit CheckInPage(EventSession* session, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* attendeeView() const { return m_view; }
    entre::AttendeeListModel* model() const { return m_model; }

private:
    void updateCounters();

    EventSession* m_session;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_counter;
    entre::AttendeeListModel* m_model;
};
