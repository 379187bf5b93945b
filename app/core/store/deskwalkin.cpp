#include "deskwalkin.h"

#include "attendeerepository.h"
#include "eventjournal.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct DeskWalkInText {
    Q_DECLARE_TR_FUNCTIONS(entre::DeskLog)
};

// Name and organisation as two walk-ins of the same person would most likely share them.
QString likeness(const QSqlQuery& query)
{
    return QStringList{query.value(1).toString().simplified(),
                       query.value(2).toString().simplified(), query.value(3).toString()}
        .join(QChar(0x1f))
        .toCaseFolded();
}

} // namespace

Result<std::pair<QString, QString>> walkInOf(const QSqlDatabase& db, qint64 attendeeId)
{
    auto person = AttendeeRepository(db).existing(attendeeId);
    if (!person)
        return person.error();
    const QJsonObject details{{QStringLiteral("first_name"), person->firstName},
                              {QStringLiteral("last_name"), person->lastName},
                              {QStringLiteral("email"), person->email},
                              {QStringLiteral("phone"), person->phone},
                              {QStringLiteral("organisation"), person->organisation},
                              {QStringLiteral("title"), person->title},
                              {QStringLiteral("diet"), person->diet},
                              {QStringLiteral("notes"), person->notes}};
    return std::pair{person->code,
                     QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))};
}

Result<void> addWalkIn(const QSqlDatabase& db, const QString& code, const QString& details,
                       const QString& station)
{
    AttendeeRepository attendees(db);
    auto existing = attendees.byCode(code);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return {};
    const QJsonObject json = QJsonDocument::fromJson(details.toUtf8()).object();
    AttendeeDetails person;
    person.code = code;
    person.firstName = json.value(QStringLiteral("first_name")).toString();
    person.lastName = json.value(QStringLiteral("last_name")).toString();
    person.email = json.value(QStringLiteral("email")).toString();
    person.phone = json.value(QStringLiteral("phone")).toString();
    person.organisation = json.value(QStringLiteral("organisation")).toString();
    person.title = json.value(QStringLiteral("title")).toString();
    person.diet = json.value(QStringLiteral("diet")).toString();
    person.notes = json.value(QStringLiteral("notes")).toString();
    if (person.firstName.trimmed().isEmpty() && person.lastName.trimmed().isEmpty())
        return badInput(
            DeskWalkInText::tr("Another desk sent a walk-in without a name (code %1).").arg(code));
    auto id = attendees.insert(person);
    if (!id)
        return id.error();
    return EventJournal::record(db, EventJournal::Kind::WalkIn, station, id.value());
}

Result<QList<qint64>> doubleWalkIns(const QSqlDatabase& db, qint64 attendeeId)
{
    const QString columns = QStringLiteral(
        "SELECT a.id, a.first_name, a.last_name, coalesce(a.organisation_id, 0), w.desk_id "
        "FROM desk_walkins w JOIN attendees a ON a.code = w.code ");
    // People merged into another are no one's double any more.
    auto person = runQuery(db, columns + QStringLiteral("WHERE a.id = ? AND a.merged_into IS NULL"),
                           {attendeeId});
    if (!person)
        return person.error();
    QList<qint64> doubles;
    if (!person->next())
        return doubles; // came with the list
    const QString likePerson = likeness(person.value());
    const QString desk = person->value(4).toString();
    // Every walk-in of the other desks: walk-ins are few.
    auto others = runQuery(db,
                           columns + QStringLiteral("WHERE a.id <> ? AND w.desk_id <> ? AND "
                                                    "a.merged_into IS NULL"),
                           {attendeeId, desk});
    if (!others)
        return others.error();
    while (others->next()) {
        if (likeness(others.value()) == likePerson)
            doubles.append(others->value(0).toLongLong());
    }
    return doubles;
}

} // namespace entre
