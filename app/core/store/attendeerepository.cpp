#include "attendeerepository.h"

#include "extrafields.h"
#include "organisationrepository.h"
#include "sqlquery.h"
#include "util/isotime.h"
#include "util/simplifiedtext.h"
#include "util/swedishorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct AttendeeRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(entre::AttendeeRepository)
};

QString whereArrival(ArrivalFilter filter)
{
    const QString predicate = arrivalPredicate(filter);
    return predicate.isEmpty() ? QString() : QStringLiteral(" WHERE ") + predicate;
}

Result<std::optional<Attendee>> single(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Attendee>();
    return std::optional<Attendee>(AttendeeRepository::fromRow(query.value()));
}

// Beyond this many people, reading every identifier at once beats looking up each person's.
constexpr qsizetype identifiersOneByOne = 64;

} // namespace

Result<void> AttendeeRepository::attachIdentifiers(QList<Attendee>& attendees) const
{
    if (attendees.isEmpty())
        return {};
    const bool oneByOne = attendees.size() <= identifiersOneByOne;
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        attendees[i].identifiers.clear();
        indexOf.insert(attendees.at(i).id, i);
    }
    const QString select =
        QStringLiteral("SELECT attendee_id, kind, value FROM attendee_identifiers");
    const QString order = QStringLiteral(" ORDER BY attendee_id, rowid");
    auto read = [&](Result<QSqlQuery> query) -> Result<void> {
        if (!query)
            return query.error();
        while (query->next()) {
            auto it = indexOf.constFind(query->value(0).toLongLong());
            if (it != indexOf.cend())
                attendees[it.value()].identifiers.append(
                    {query->value(1).toString(), query->value(2).toString()});
        }
        return {};
    };
    if (!oneByOne)
        return read(runQuery(m_db, select + order));
    // One statement for a page of people: preparing one per person took longer than reading.
    QVariantList ids;
    for (const Attendee& a : std::as_const(attendees))
        ids.append(a.id);
    QStringList marks(ids.size(), QStringLiteral("?"));
    return read(runQuery(m_db,
                         select + QStringLiteral(" WHERE attendee_id IN (") +
                             marks.join(QLatin1Char(',')) + QLatin1Char(')') + order,
                         ids));
}

Result<int> AttendeeRepository::addIdentifiers(qint64 id,
                                               const QList<AttendeeIdentifier>& identifiers)
{
    QStringList rows;
    QVariantList values;
    for (const AttendeeIdentifier& identifier : identifiers) {
        const QString value = simplifiedText(identifier.value);
        if (value.isEmpty() || identifier.kind.isEmpty())
            continue;
        rows.append(QStringLiteral("(?, ?, ?)"));
        values << id << identifier.kind << value;
    }
    if (rows.isEmpty())
        return 0;
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT OR IGNORE INTO attendee_identifiers"
                                            "(attendee_id, kind, value) VALUES ") +
                                 rows.join(QStringLiteral(", ")),
                             values);
    if (!inserted)
        return inserted.error();
    const int added = inserted->numRowsAffected();
    if (added <= 0)
        return 0;
    auto searchable = runQuery(
        m_db,
        QStringLiteral("UPDATE attendee_search SET identifiers = (SELECT group_concat(value, ' ') "
                       "FROM attendee_identifiers WHERE attendee_id = ?) WHERE rowid = ?"),
        {id, id});
    if (!searchable)
        return searchable.error();
    return added;
}

namespace {

// A found person with their identifiers, as every read of this repository gives them.
Result<std::optional<Attendee>> withIdentifiers(const AttendeeRepository& repository,
                                                Result<std::optional<Attendee>> found)
{
    if (!found || !found->has_value())
        return found;
    QList<Attendee> one{std::move(found->value())};
    if (auto attached = repository.attachIdentifiers(one); !attached)
        return attached.error();
    return std::optional<Attendee>(std::move(one.first()));
}

} // namespace

Error noSuchAttendee(qint64 id)
{
    return badInput(AttendeeRepositoryText::tr("There is no attendee with id %1.").arg(id));
}

QString arrivalPredicate(ArrivalFilter filter)
{
    // Someone merged into another person (deskmerges.h) is never arrived: their ticks count for
    // the one they were merged into.
    switch (filter) {
    case ArrivalFilter::Arrived:
        return QStringLiteral("a.checked_in_at IS NOT NULL");
    case ArrivalFilter::Missing:
        return QStringLiteral("a.checked_in_at IS NULL AND a.merged_into IS NULL");
    case ArrivalFilter::Everyone:
        break;
    }
    return QStringLiteral("a.merged_into IS NULL");
}

AttendeeRepository::AttendeeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString AttendeeRepository::selectColumns()
{
    return selectColumnsFrom(QStringLiteral("attendees a"));
}

QString AttendeeRepository::selectColumnsFrom(const QString& source, const QString& extraColumn)
{
    return QStringLiteral("SELECT a.id, a.code, a.first_name, a.last_name, a.email, a.phone, "
                          "       coalesce(a.organisation_id, 0), coalesce(o.name, ''), "
                          "       coalesce(o.type, 'other'), a.title, a.diet, a.notes, a.extra, "
                          "       a.checked_in_at, a.checked_in_station, a.badge_printed_at") +
           (extraColumn.isEmpty() ? QString() : QStringLiteral(", ") + extraColumn) +
           QStringLiteral(" FROM ") + source +
           QStringLiteral(" LEFT JOIN organisations o ON o.id = a.organisation_id");
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
    a.extra = extraFieldsFromJson(query.value(12).toString());
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
    if (auto attached = attachIdentifiers(attendees); !attached)
        return attached.error();
    return attendees;
}

Result<std::optional<Attendee>> AttendeeRepository::byId(qint64 id) const
{
    return withIdentifiers(
        *this, single(runQuery(m_db, selectColumns() + QStringLiteral(" WHERE a.id = ?"), {id})));
}

Result<std::optional<Attendee>> AttendeeRepository::byCode(const QString& code) const
{
    // Case folded for ASCII, which is what codes are made of; an exact match wins over one
    // that differs only in case.
    const QString trimmed = code.trimmed();
    auto byOwnCode =
        single(runQuery(m_db,
                        selectColumns() + QStringLiteral(" WHERE a.code = ? COLLATE NOCASE "
                                                         "ORDER BY a.code = ? DESC LIMIT 1"),
                        {trimmed, trimmed}));
    if (!byOwnCode || byOwnCode->has_value())
        return withIdentifiers(*this, std::move(byOwnCode));
    // Two people with the identifier and neither an exact match: it is nobody's in particular.
    auto holders = runQuery(m_db,
                            QStringLiteral("SELECT attendee_id, max(value = ?) AS exact "
                                           "FROM attendee_identifiers WHERE value = ? COLLATE "
                                           "NOCASE GROUP BY attendee_id ORDER BY exact DESC "
                                           "LIMIT 2"),
                            {trimmed, trimmed});
    if (!holders)
        return holders.error();
    if (!holders->next())
        return std::optional<Attendee>();
    const qint64 id = holders->value(0).toLongLong();
    const bool exact = holders->value(1).toBool();
    if (holders->next() && (!exact || holders->value(1).toBool()))
        return std::optional<Attendee>();
    return byId(id);
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
        return badInput(
            AttendeeRepositoryText::tr("Nobody has the code or id \"%1\".").arg(codeOrId));
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
    // Everyone, from the smallest index, less the few merged into others (from theirs): a scan
    // for "merged_into IS NULL" would read every row.
    auto query = runQuery(
        m_db, filter == ArrivalFilter::Everyone
                  ? QStringLiteral("SELECT (SELECT count(*) FROM attendees) - (SELECT count(*) "
                                   "FROM attendees WHERE merged_into IS NOT NULL)")
                  : QStringLiteral("SELECT count(*) FROM attendees a") + whereArrival(filter));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toInt();
}

Result<QList<QDateTime>> AttendeeRepository::checkInTimes() const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT checked_in_at FROM attendees WHERE "
                                               "checked_in_at IS NOT NULL ORDER BY checked_in_at"));
    if (!query)
        return query.error();
    QList<QDateTime> times;
    while (query->next())
        times.append(fromIsoUtc(query->value(0).toString()));
    return times;
}

Result<QString> AttendeeRepository::generateCode() const
{
    return generateCode([this](const QString& code) -> Result<bool> {
        auto existing = byCode(code);
        if (!existing)
            return existing.error();
        return existing->has_value();
    });
}

Result<QString>
AttendeeRepository::generateCode(const std::function<Result<bool>(const QString&)>& taken)
{
    // No 0/O or 1/I: the code is read aloud and typed by hand as often as it is scanned.
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString code = QStringLiteral("E-");
        for (int i = 0; i < 6; ++i)
            code.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
        auto isTaken = taken(code);
        if (!isTaken)
            return isTaken.error();
        if (!isTaken.value())
            return code;
    }
    return failed(AttendeeRepositoryText::tr("Could not find a free attendee code."));
}

QString AttendeeRepository::insertStatement()
{
    return QStringLiteral(
        "INSERT INTO attendees(code, first_name, last_name, email, phone, organisation_id, title, "
        "diet, notes, extra, sort_key, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString AttendeeRepository::updateStatement()
{
    return QStringLiteral("UPDATE attendees SET first_name = ?, last_name = ?, email = ?, "
                          "phone = ?, organisation_id = ?, title = ?, diet = ?, notes = ?, "
                          "extra = ?, sort_key = ?, updated_at = ? WHERE id = ?");
}

QVariantList AttendeeRepository::detailValues(const AttendeeDetails& details, qint64 organisationId)
{
    return {simplifiedText(details.firstName),
            simplifiedText(details.lastName),
            details.email.trimmed(),
            details.phone.trimmed(),
            organisationValue(organisationId),
            simplifiedText(details.title),
            details.diet.trimmed(),
            details.notes.trimmed(),
            extraFieldsToJson(details.extra),
            personSortKey(details.firstName, details.lastName)};
}

QVariant AttendeeRepository::organisationValue(qint64 organisationId)
{
    return organisationId ? QVariant(organisationId) : QVariant();
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
    auto query = runQuery(m_db, insertStatement(),
                          QVariantList{code} + detailValues(details, organisation.value()) +
                              QVariantList{now, now});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (auto added = addIdentifiers(id, identifiersBesides(details.identifiers, code)); !added)
        return added.error();
    return id;
}

QList<AttendeeIdentifier>
AttendeeRepository::identifiersBesides(const QList<AttendeeIdentifier>& identifiers,
                                       const QString& code)
{
    QList<AttendeeIdentifier> others;
    for (const AttendeeIdentifier& identifier : identifiers) {
        if (simplifiedText(identifier.value).compare(code, Qt::CaseInsensitive) != 0)
            others.append(identifier);
    }
    return others;
}

Result<void> AttendeeRepository::update(qint64 id, const AttendeeDetails& details)
{
    auto organisation = OrganisationRepository(m_db).resolve(details.organisation);
    if (!organisation)
        return organisation.error();
    auto query =
        runQuery(m_db, updateStatement(),
                 detailValues(details, organisation.value()) + QVariantList{nowIsoUtc(), id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return noSuchAttendee(id);
    return {};
}

} // namespace entre
