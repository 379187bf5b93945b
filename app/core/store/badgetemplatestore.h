#pragma once

#include "badges/badgetemplate.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace entre {

// The event's own badge templates, kept as JSON in the event file so they travel with it.
class BadgeTemplateStore {
public:
    explicit BadgeTemplateStore(QSqlDatabase db);

    Result<QList<BadgeTemplate>> list() const;
    // Adds or replaces the template of that name.
    Result<void> save(const BadgeTemplate& badgeTemplate);
    Result<void> remove(const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace entre
