#include "attendeelistmodel.h"

#include "event.h"
#include "search/ftsquery.h"
#include "store/personaldataeraser.h"

#include <QLocale>

namespace entre {

AttendeeListModel::AttendeeListModel(const Event& event, QObject* parent)
    : QAbstractTableModel(parent)
    , m_event(event)
{
    refresh();
}

void AttendeeListModel::setSearch(const QString& text, ArrivalFilter filter)
{
    // A space between two words, or a stray quote, asks the same question again: keep the rows.
    const bool same = filter == m_filter && searchWords(text) == searchWords(m_text);
    m_text = text;
    m_filter = filter;
    if (!same)
        refresh();
}

void AttendeeListModel::setSearchText(const QString& text)
{
    setSearch(text, m_filter);
}

void AttendeeListModel::setFilter(ArrivalFilter filter)
{
    setSearch(m_text, filter);
}

void AttendeeListModel::refresh()
{
    auto page = m_event.search(m_text, m_filter, pageSize, 0);
    beginResetModel();
    m_rows = page ? page.value() : QList<Attendee>();
    m_complete = m_rows.size() < pageSize;
    endResetModel();
    if (!page)
        Q_EMIT searchFailed(page.error().message);
}

void AttendeeListModel::refresh(const QString& text)
{
    m_text = text;
    refresh();
}

int AttendeeListModel::rowOfAttendee(qint64 attendeeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == attendeeId)
            return row;
    }
    return -1;
}

int AttendeeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendeeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendeeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attendee& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            // After the event's personal data was erased, a row says so instead of being blank.
            if (a.fullName().isEmpty() && a.code == PersonalDataEraser::placeholderCode(a.id))
                return tr("(erased)");
            return a.fullName();
        case OrganisationColumn:
            return a.organisation;
        case StatusColumn:
            return a.isCheckedIn() ? tr("Arrived %1")
                                         .arg(QLocale().toString(a.checkedInAt.toLocalTime().time(),
                                                                 QStringLiteral("HH:mm")))
                                   : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return a.email.isEmpty() ? a.code : a.code + QStringLiteral(" · ") + a.email;
    case AttendeeIdRole:
        return a.id;
    case CheckedInRole:
        return a.isCheckedIn();
    case CodeRole:
        return a.code;
    case OrganisationTypeRole:
        return static_cast<int>(a.organisationType);
    case ArrivalTimeRole:
        return a.isCheckedIn()
                   ? QLocale().toString(a.checkedInAt.toLocalTime().time(), QStringLiteral("HH:mm"))
                   : QString();
    default:
        return {};
    }
}

QVariant AttendeeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool AttendeeListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void AttendeeListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    auto page = m_event.search(m_text, m_filter, pageSize, static_cast<int>(m_rows.size()));
    if (!page) {
        m_complete = true;
        Q_EMIT searchFailed(page.error().message);
        return;
    }
    m_complete = page->size() < pageSize;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace entre
