#include "deskwalkin.h"

#include "attendeerepository.h"
#include "eventjournal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct DeskWalkInText {
    Q_DECLARE_TR_FUNCTIONS(entre::DeskLog)
};

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

} // namespace entre
