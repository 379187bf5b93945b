#include "eventsession.h"

#include "store/checkinservice.h"

#include <QSettings>

EventSession::EventSession(std::unique_ptr<entre::EventStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_info(m_store->eventInfo())
{}

EventSession::~EventSession() = default;

QString EventSession::stationName()
{
    const QString name = QSettings().value(QStringLiteral("desk/station")).toString().trimmed();
    return name.isEmpty() ? entre::CheckInService::defaultStation() : name;
}

void EventSession::setStationName(const QString& name)
{
    QSettings().setValue(QStringLiteral("desk/station"), name.trimmed());
}

void EventSession::setEventInfo(const entre::EventInfo& info)
{
    m_info = info;
    Q_EMIT eventInfoChanged();
}
