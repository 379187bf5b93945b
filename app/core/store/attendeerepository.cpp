#include "attendeerepository.h"

#include "organisationrepository.h"
#include "sqlquery.h"
#include "util/isotime.h"
#include "util/swedishorder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace entre {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("entre::AttendeeRepository", text);
}

QString whereArrival(ArrivalFilter filter)
{
    const QString predicate = arrivalPredicate(filter);
    return predicate.isEmpty() ? QString() : QStringLiteral(" WHERE ") + predicate;
}

QString extraToJson(const QVariantMap& extra)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(extra)).toJson(QJsonDocument::Compact));
}

QVariantMap extraFromJson(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

Result<std::optional<Attendee>> single(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Attendee>();
    return std::optional<Attendee>(AttendeeRepository::fromRow(query.value()));
}

} // namespace

Error noSuchAttendee(qint64 id)
{
    return badInput(tr("There is no attendee with id %1.").arg(id));
}

QString arrivalPredicate(ArrivalFilter filter)
{
    switch (filter) {
    case ArrivalFilter::Arrived:
        return QStringLiteral("a.checked_in_at IS NOT NULL");
    case ArrivalFilter::Missing:
        return QStringLiteral("a.checked_in_at IS NULL");
    case ArrivalFilter::Everyone:
        break;
    }
    return {};
}

AttendeeRepository::AttendeeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString AttendeeRepository::selectColumns()
{
    return QStringLiteral(
        "SELECT a.id, a.code, a.first_name, a.last_name, a.email, a.phone, "
        "       coalesce(a.organisation_id, 0), coalesce(o.name, ''), coalesce(o.type, 'other'), "
        "       a.title, a.diet, a.notes, a.extra, a.checked_in_at, a.checked_in_station, "
        "       a.badge_printed_at "
        "FROM attendees a LEFT JOIN organisations o ON o.id = a.organisation_id");
}

Attendee AttendeeRepository::fromRow(const QSqlQuery& query)
{
    Attendee a;
    a.id = query.value(0).toLongLong();
    a.code = query.value(1).toString();
    a.firstName = query.value(2).toString();
    a.lastName = query.value(3).toString();
    a.email = query.value(4).toString();
    a.phone = query.value(5).toString();
    a.organisationId = query.value(6).toLongLong();
    a.organisation = query.value(7).toString();
    a.organisationType =
        organisationTypeFromKey(query.value(8).toString()).value_or(OrganisationType::Other);
    a.title = query.value(9).toString();
    a.diet = query.value(10).toString();
    a.notes = query.value(11).toString();
    a.extra = extraFromJson(query.value(12).toString());
    a.checkedInAt = fromIsoUtc(query.value(13).toString());
    a.checkedInStation = query.value(14).toString();
    a.badgePrintedAt = fromIsoUtc(query.value(15).toString());
    return a;
}

Result<QList<Attendee>> AttendeeRepository::list(ArrivalFilter filter) const
{
    auto query = runQuery(m_db, selectColumns() + whereArrival(filter) +
                                    QStringLiteral(" ORDER BY a.sort_key, a.id"));
    if (!query)
        return query.error();
    QList<Attendee> attendees;
    while (query->next())
        attendees.append(fromRow(query.value()));
    return attendees;
}

Result<std::optional<Attendee>> AttendeeRepository::byId(qint64 id) const
{
    return single(runQuery(m_db, selectColumns() + QStringLiteral(" WHERE a.id = ?"), {id}));
}

Result<std::optional<Attendee>> AttendeeRepository::byCode(const QString& code) const
{
    // Case folded for ASCII, which is what codes are made of; an exact match wins over one
    // that differs only in case.
    const QString trimmed = code.trimmed();
    return single(runQuery(m_db,
                           selectColumns() + QStringLiteral(" WHERE a.code = ? COLLATE NOCASE "
                                                            "ORDER BY a.code = ? DESC LIMIT 1"),
                           {trimmed, trimmed}));
}

Result<Attendee> AttendeeRepository::existing(qint64 id) const
{
    auto found = byId(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchAttendee(id);
    return std::move(found.value().value());
}

Result<Attendee> AttendeeRepository::byCodeOrId(const QString& codeOrId) const
{
    auto found = byCode(codeOrId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        bool numeric = false;
        const qint64 id = codeOrId.trimmed().toLongLong(&numeric);
        if (numeric) {
            found = byId(id);
            if (!found)
                return found.error();
        }
    }
    if (!found->has_value())
        return badInput(tr("Nobody has the code or id \"%1\".").arg(codeOrId));
    return std::move(found.value().value());
}

Result<QList<Attendee>> AttendeeRepository::byIds(const QList<qint64>& ids) const
{
    QList<Attendee> attendees;
    attendees.reserve(ids.size());
    for (qint64 id : ids) {
        auto found = byId(id);
        if (!found)
            return found.error();
        if (found->has_value())
            attendees.append(std::move(found.value().value()));
    }
    return attendees;
}

Result<int> AttendeeRepository::count(ArrivalFilter filter) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT count(*) FROM attendees a") + whereArrival(filter));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toInt();
}

Result<QString> AttendeeRepository::generateCode() const
{
    // No 0/O or 1/I: the code is read aloud and typed by hand as often as it is scanned.
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString code = QStringLiteral("E-");
        for (int i = 0; i < 6; ++i)
            code.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
        auto existing = byCode(code);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return code;
    }
    return failed(tr("Could not find a free attendee code."));
}

Result<qint64> AttendeeRepository::insert(const AttendeeDetails& details)
{
    QString code = details.code.trimmed();
    if (code.isEmpty()) {
        auto generated = generateCode();
        if (!generated)
            return generated.error();
        code = generated.value();
    }
    auto organisation = OrganisationRepository(m_db).resolve(details.organisation);
    if (!organisation)
        return organisation.error();
    const QString now = nowIsoUtc();
    auto query = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO attendees(code, first_name, last_name, email, phone, "
            "organisation_id, title, diet, notes, extra, sort_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {code, details.firstName.simplified(), details.lastName.simplified(),
         details.email.trimmed(), details.phone.trimmed(),
         organisation.value() ? QVariant(organisation.value()) : QVariant(),
         details.title.simplified(), details.diet.trimmed(), details.notes.trimmed(),
         extraToJson(details.extra), personSortKey(details.firstName, details.lastName), now, now});
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<void> AttendeeRepository::update(qint64 id, const AttendeeDetails& details)
{
    auto organisation = OrganisationRepository(m_db).resolve(details.organisation);
    if (!organisation)
        return organisation.error();
    auto query = runQuery(
        m_db,
        QStringLiteral("UPDATE attendees SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                       "organisation_id = ?, title = ?, diet = ?, notes = ?, extra = ?, "
                       "sort_key = ?, updated_at = ? WHERE id = ?"),
        {details.firstName.simplified(), details.lastName.simplified(), details.email.trimmed(),
         details.phone.trimmed(),
         organisation.value() ? QVariant(organisation.value()) : QVariant(),
         details.title.simplified(), details.diet.trimmed(), details.notes.trimmed(),
         extraToJson(details.extra), personSortKey(details.firstName, details.lastName),
         nowIsoUtc(), id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return noSuchAttendee(id);
    return {};
}

} // namespace entre
