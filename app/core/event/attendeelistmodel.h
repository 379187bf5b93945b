#pragma once

#include "model/attendee.h"
#include "store/attendeerepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace entre {

class Event;

// The attendees that match what is typed, a page at a time, for any view. Each change of the
// text or filter runs one query; scrolling further fetches the next page.
class AttendeeListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, StatusColumn, ColumnCount };
    enum Role {
        AttendeeIdRole = Qt::UserRole + 1,
        CheckedInRole,
        CodeRole,
        OrganisationTypeRole,
        ArrivalTimeRole, // local "HH:mm", empty when not arrived
    };
    static constexpr int pageSize = 50;

    explicit AttendeeListModel(const Event& event, QObject* parent = nullptr);

    void setSearch(const QString& text, ArrivalFilter filter);
    void setSearchText(const QString& text);
    void setFilter(ArrivalFilter filter);
    QString searchText() const { return m_text; }
    ArrivalFilter filter() const { return m_filter; }
    // Runs the current query again, e.g. after a check-in elsewhere.
    void refresh();
    // Takes text as the search and reads its first page, even when it asks what the last one did:
    // one read where setSearchText() followed by refresh() could make two.
    void refresh(const QString& text);

    const Attendee& attendeeAt(int row) const { return m_rows.at(row); }
    int rowOfAttendee(qint64 attendeeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void searchFailed(const QString& message);

private:
    const Event& m_event;
    QString m_text;
    ArrivalFilter m_filter = ArrivalFilter::Everyone;
    QList<Attendee> m_rows;
    bool m_complete = true;
};

} // namespace entre
