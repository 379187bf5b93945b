#pragma once

#include "desks/deskaddress.h"
#include "store/desklog.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace entre {

struct PublishedEvent {
    QString id;
    QString name;
    QString publishedBy; // the desk id that published it
    QDateTime publishedAt;
};

// The desks' PostgreSQL server, through Qt's QPSQL driver. It holds each shared event as the
// file the first desk published, and the union of every desk's check-in log; each insert into
// the log sends a NOTIFY on the channel "entre_log" with the event id, so that listening desks
// fetch at once. The tables carry a schema version; a newer one is refused.
class DeskServer {
public:
    static constexpr int schemaVersion = 3;
    static constexpr const char* channel = "entre_log";

    // Connects, waiting at most timeoutSeconds, and creates the tables on a server that has
    // none. An unreachable server, a wrong password or a missing driver is a clear error.
    static Result<std::unique_ptr<DeskServer>> connect(const DeskAddress& address,
                                                       int timeoutSeconds = 5);
    ~DeskServer();
    DeskServer(const DeskServer&) = delete;
    DeskServer& operator=(const DeskServer&) = delete;

    const DeskAddress& address() const { return m_address; }

    Result<void> publish(const PublishedEvent& event, const QByteArray& file);
    Result<QList<PublishedEvent>> events() const;
    Result<QByteArray> eventFile(const QString& eventId) const;

    // Adds a desk's entries to the log in one transaction; entries it holds already are skipped.
    Result<void> send(const QString& eventId, const QList<DeskEntry>& entries);
    // The highest number the server holds from each desk of the event.
    Result<QHash<QString, qint64>> heads(const QString& eventId) const;
    // One desk's entries after a number, oldest first.
    Result<QList<DeskEntry>> entriesAfter(const QString& eventId, const QString& deskId,
                                          qint64 seq) const;

    // The connection, for LISTEN (QSqlDriver::subscribeToNotification).
    QSqlDatabase database() const;

private:
    DeskServer(DeskAddress address, QString connectionName);
    Result<void> prepareSchema();

    DeskAddress m_address;
    QString m_connectionName;
};

} // namespace entre
