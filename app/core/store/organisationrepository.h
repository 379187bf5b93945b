#pragma once

#include "model/organisationtype.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace entre {

struct Organisation {
    qint64 id = 0;
    QString name;
    OrganisationType type = OrganisationType::Other;
    QString registerCode;
    int registered = 0;
    int arrived = 0;
};

// The event's organisations. resolve() runs inside the caller's transaction; the user's edits
// (rename, retype, merge) are actions of their own, each one transaction.
class OrganisationRepository {
public:
    explicit OrganisationRepository(QSqlDatabase db);

    // The id for a name as a registration gives it: an alias the user taught the event, an
    // existing organisation, or a new one typed by the built-in register. 0 for an empty name.
    Result<qint64> resolve(const QString& name);
    // All organisations with their registered and arrived counts, in Swedish order.
    Result<QList<Organisation>> all() const;
    Result<Organisation> byId(qint64 id) const;

    Result<void> rename(qint64 id, const QString& newName);
    Result<void> retype(qint64 id, OrganisationType type);
    // Moves everyone from `fromId` to `intoId`, removes `fromId`, and remembers its name as an
    // alias so the next import puts those people in the right place.
    Result<void> merge(qint64 fromId, qint64 intoId);

private:
    Result<qint64> findByAlias(const QString& aliasKey) const;
    Result<qint64> findByName(const QString& name) const;
    Result<void> addAlias(const QString& name, qint64 id);

    QSqlDatabase m_db;
};

} // namespace entre
