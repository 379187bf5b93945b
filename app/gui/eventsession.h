#pragma once

#include "model/eventinfo.h"
#include "store/eventstore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

// The event open in the window: its store, the undo history of the desk and the station name.
// Widgets talk to the core through this object and learn of changes from its signals.
class EventSession : public QObject {
    Q_OBJECT

public:
    explicit EventSession(std::unique_ptr<entre::EventStore> store, QObject* parent = nullptr);
    ~EventSession() override;

    entre::EventStore& store() { return *m_store; }
    QSqlDatabase database() const { return m_store->database(); }
    QString filePath() const { return m_store->path(); }
    entre::EventInfo eventInfo() const { return m_info; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // The name recorded with every tick from this desk (Settings; the host name by default).
    static QString stationName();
    static void setStationName(const QString& name);

    void setEventInfo(const entre::EventInfo& info);

Q_SIGNALS:
    // Attendees were added, edited, checked in or out: views refresh their data.
    void attendeesChanged();
    void eventInfoChanged();

public Q_SLOTS:
    void notifyAttendeesChanged() { Q_EMIT attendeesChanged(); }

private:
    std::unique_ptr<entre::EventStore> m_store;
    entre::EventInfo m_info;
    QUndoStack m_undoStack;
};
