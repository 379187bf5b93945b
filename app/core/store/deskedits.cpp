#include "deskedits.h"

#include "attendeeeditor.h"
#include "attendeerepository.h"
#include "deskmerges.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct DeskEditsText {
    Q_DECLARE_TR_FUNCTIONS(entre::DeskLog)
};

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error unreadable(const DeskEntry& entry)
{
    return badInput(DeskEditsText::tr("Another desk sent a change to %1 that cannot be read "
                                      "(desk %2, number %3).")
                        .arg(entry.code, entry.deskId)
                        .arg(entry.seq));
}

// Gives the field the value of its latest edit, if the person does not have it already.
Result<void> settleField(const QSqlDatabase& db, qint64 attendeeId, const QString& field)
{
    auto latest =
        runQuery(db,
                 QStringLiteral("SELECT new_value FROM edit_log WHERE attendee_id = ? AND "
                                "field = ? ORDER BY at_utc DESC, desk_id DESC, seq DESC LIMIT 1"),
                 {attendeeId, field});
    if (!latest)
        return latest.error();
    if (!latest->next())
        return {};
    const QString value = latest->value(0).toString();
    AttendeeRepository attendees(db);
    auto person = attendees.existing(attendeeId);
    if (!person)
        return person.error();
    AttendeeDetails details = detailsOf(person.value());
    for (const auto& [name, current] : loggedFields(details)) {
        if (name == field && current == value)
            return {};
    }
    setLoggedField(details, field, value);
    return attendees.update(attendeeId, details);
}

} // namespace

QString editDetails(const QString& field, const QString& oldValue, const QString& newValue)
{
    return compact({{QStringLiteral("field"), field},
                    {QStringLiteral("old"), oldValue},
                    {QStringLiteral("new"), newValue}});
}

QString badgePrintDetails(const QString& target)
{
    return compact({{QStringLiteral("target"), target}});
}

Result<void> logEdit(const QSqlDatabase& db, qint64 attendeeId, const DeskEntry& entry)
{
    const QJsonObject json = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    const QString field = json.value(QStringLiteral("field")).toString();
    AttendeeDetails probe;
    if (!json.value(QStringLiteral("new")).isString() || !setLoggedField(probe, field, {}))
        return unreadable(entry);
    auto logged = runQuery(db,
                           QStringLiteral("INSERT INTO edit_log(attendee_id, at_utc, station, "
                                          "field, old_value, new_value, desk_id, seq) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?, ?)"),
                           {attendeeId, entry.atUtc, entry.station, field,
                            json.value(QStringLiteral("old")).toString(),
                            json.value(QStringLiteral("new")).toString(), entry.deskId, entry.seq});
    if (!logged)
        return logged.error();
    return settleField(db, attendeeId, field);
}

Result<void> logBadgePrint(const QSqlDatabase& db, qint64 attendeeId, const DeskEntry& entry)
{
    const QJsonObject json = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    if (!json.value(QStringLiteral("target")).isString())
        return unreadable(entry);
    auto logged =
        runQuery(db,
                 QStringLiteral("INSERT INTO badge_log(attendee_id, at_utc, station, "
                                "target, desk_id, seq) VALUES (?, ?, ?, ?, ?, ?)"),
                 {attendeeId, entry.atUtc, entry.station,
                  json.value(QStringLiteral("target")).toString(), entry.deskId, entry.seq});
    if (!logged)
        return logged.error();
    return refreshBadgePrinted(db, attendeeId);
}

Result<void> refreshBadgePrinted(const QSqlDatabase& db, qint64 attendeeId)
{
    auto survivor = survivorOf(db, attendeeId);
    if (!survivor)
        return survivor.error();
    auto printed = runQuery(db,
                            QStringLiteral("UPDATE attendees SET badge_printed_at = (SELECT "
                                           "max(at_utc) FROM badge_log WHERE attendee_id IN ") +
                                mergedGroupOf(QStringLiteral("attendees.id")) +
                                QStringLiteral(") WHERE id IN (?, ?)"),
                            {attendeeId, survivor.value()});
    if (!printed)
        return printed.error();
    return {};
}

} // namespace entre
