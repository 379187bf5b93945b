#include "checkinpage.h"

#include "eventsession.h"
#include "search/attendeelistmodel.h"
#include "store/attendeerepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

CheckInPage::CheckInPage(EventSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_counter(new QLabel(this))
    , m_model(new entre::AttendeeListModel(session->database(), this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Type a name, organisation, e-mail or code…"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("attendeeView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(entre::AttendeeListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(entre::AttendeeListModel::OrganisationColumn,
                                                     QHeaderView::Stretch);
    m_counter->setObjectName(QStringLiteral("arrivedCounter"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counter);

    connect(m_search, &QLineEdit::textChanged, m_model, &entre::AttendeeListModel::setSearchText);
    connect(session, &EventSession::attendeesChanged, this, [this] {
        m_model->refresh();
        updateCounters();
    });
    updateCounters();
    setFocusProxy(m_search);
}

void CheckInPage::updateCounters()
{
    entre::AttendeeRepository attendees(m_session->database());
    const auto registered = attendees.count();
    const auto arrived = attendees.count(entre::ArrivalFilter::Arrived);
    if (registered && arrived)
        m_counter->setText(tr("%1 of %2 arrived").arg(arrived.value()).arg(registered.value()));
}
