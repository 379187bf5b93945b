#include "organisationrepository.h"

#include "orgs/organisationregister.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/swedishorder.h"
#include "util/textfold.h"

#include <QCoreApplication>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct OrganisationRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(entre::OrganisationRepository)
};

Organisation organisationFrom(const QSqlQuery& query)
{
    Organisation org;
    org.id = query.value(0).toLongLong();
    org.name = query.value(1).toString();
    org.type = organisationTypeFromKey(query.value(2).toString()).value_or(OrganisationType::Other);
    org.registerCode = query.value(3).toString();
    org.registered = query.value(4).toInt();
    org.arrived = query.value(5).toInt();
    return org;
}

const QString selectWithCounts =
    QStringLiteral("SELECT o.id, o.name, o.type, coalesce(o.register_code, ''), "
                   "       count(a.id), count(a.checked_in_at) "
                   "FROM organisations o LEFT JOIN attendees a ON a.organisation_id = o.id "
                   "AND a.merged_into IS NULL ");

} // namespace

OrganisationRepository::OrganisationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> OrganisationRepository::resolve(const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return qint64(0);
    const QString key = foldForMatching(trimmed);
    if (auto alias = findByAlias(key); !alias || alias.value() != 0)
        return alias;

    const OrganisationMatch match = OrganisationRegister::builtIn().classify(trimmed);
    if (auto existing = findByName(match.name); !existing || existing.value() != 0)
        return existing;

    auto inserted =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO organisations(name, type, register_code, sort_key) "
                                "VALUES (?, ?, ?, ?)"),
                 {match.name, organisationTypeKey(match.type),
                  match.registerCode.isEmpty() ? QVariant() : QVariant(match.registerCode),
                  swedishSortKey(match.name)});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Result<qint64> OrganisationRepository::findByAlias(const QString& aliasKey) const
{
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT organisation_id FROM organisation_aliases WHERE alias_key = ?"),
        {aliasKey});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<qint64> OrganisationRepository::findByName(const QString& name) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT id FROM organisations WHERE name = ?"), {name});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QList<Organisation>> OrganisationRepository::all() const
{
    auto query =
        runQuery(m_db, selectWithCounts + QStringLiteral("GROUP BY o.id ORDER BY o.sort_key"));
    if (!query)
        return query.error();
    QList<Organisation> list;
    while (query->next())
        list.append(organisationFrom(query.value()));
    return list;
}

Result<Organisation> OrganisationRepository::byId(qint64 id) const
{
    auto query =
        runQuery(m_db, selectWithCounts + QStringLiteral("WHERE o.id = ? GROUP BY o.id"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return badInput(
            OrganisationRepositoryText::tr("There is no organisation with id %1.").arg(id));
    return organisationFrom(query.value());
}

Result<void> OrganisationRepository::addAlias(const QString& name, qint64 id)
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO organisation_aliases(alias_key, organisation_id) "
                                "VALUES (?, ?) ON CONFLICT(alias_key) DO UPDATE SET "
                                "organisation_id = excluded.organisation_id"),
                 {foldForMatching(name), id});
    if (!query)
        return query.error();
    return {};
}

Result<void> OrganisationRepository::rename(qint64 id, const QString& newName)
{
    const QString name = newName.simplified();
    if (name.isEmpty())
        return badInput(OrganisationRepositoryText::tr("An organisation needs a name."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    auto current = byId(id);
    if (!current)
        return current.error();
    if (auto clash = findByName(name); !clash)
        return clash.error();
    else if (clash.value() != 0 && clash.value() != id)
        return refused(OrganisationRepositoryText::tr(
                           "There is already an organisation called %1; merge them instead.")
                           .arg(name));
    auto update = runQuery(
        m_db, QStringLiteral("UPDATE organisations SET name = ?, sort_key = ? WHERE id = ?"),
        {name, swedishSortKey(name), id});
    if (!update)
        return update.error();
    if (auto alias = addAlias(current->name, id); !alias)
        return alias;
    return transaction.commit();
}

Result<void> OrganisationRepository::retype(qint64 id, OrganisationType type)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    auto update = runQuery(m_db, QStringLiteral("UPDATE organisations SET type = ? WHERE id = ?"),
                           {organisationTypeKey(type), id});
    if (!update)
        return update.error();
    if (update->numRowsAffected() != 1)
        return badInput(
            OrganisationRepositoryText::tr("There is no organisation with id %1.").arg(id));
    return transaction.commit();
}

Result<void> OrganisationRepository::merge(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return badInput(
            OrganisationRepositoryText::tr("An organisation cannot be merged into itself."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    auto from = byId(fromId);
    if (!from)
        return from.error();
    if (auto into = byId(intoId); !into)
        return into.error();
    const std::pair<const char*, QVariantList> steps[] = {
        {"UPDATE attendees SET organisation_id = ? WHERE organisation_id = ?", {intoId, fromId}},
        {"UPDATE organisation_aliases SET organisation_id = ? WHERE organisation_id = ?",
         {intoId, fromId}},
        {"DELETE FROM organisations WHERE id = ?", {fromId}},
    };
    for (const auto& [sql, values] : steps) {
        if (auto result = runQuery(m_db, QString::fromLatin1(sql), values); !result)
            return result.error();
    }
    if (auto alias = addAlias(from->name, intoId); !alias)
        return alias;
    return transaction.commit();
}

} // namespace entre
