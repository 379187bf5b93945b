#include "badgetemplatestore.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace entre {

BadgeTemplateStore::BadgeTemplateStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<BadgeTemplate>> BadgeTemplateStore::list() const
{
    auto query = runQuery(
        m_db, QStringLiteral("SELECT name, definition FROM badge_templates ORDER BY name"));
    if (!query)
        return query.error();
    QList<BadgeTemplate> templates;
    while (query->next()) {
        // One damaged row must not hide the others; it is skipped and the rest are shown.
        auto parsed = BadgeTemplate::fromJson(query->value(1).toString().toUtf8());
        if (parsed)
            templates.append(parsed.value());
    }
    return templates;
}

Result<void> BadgeTemplateStore::save(const BadgeTemplate& badgeTemplate)
{
    const QString name = badgeTemplate.name.trimmed();
    if (name.isEmpty())
        return badInput(QCoreApplication::translate("entre::BadgeTemplateStore",
                                                    "A badge template needs a name."));
    BadgeTemplate named = badgeTemplate;
    named.name = name;
    const QString json =
        QString::fromUtf8(QJsonDocument(named.toJson()).toJson(QJsonDocument::Compact));
    auto saved =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO badge_templates(name, definition) VALUES (?, ?) "
                                "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition"),
                 {name, json});
    if (!saved)
        return saved.error();
    return {};
}

Result<void> BadgeTemplateStore::remove(const QString& name)
{
    auto removed = runQuery(m_db, QStringLiteral("DELETE FROM badge_templates WHERE name = ?"),
                            {name.trimmed()});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace entre
