#include "attendeeeditor.h"

#include "attendeerepository.h"
#include "checkinservice.h"
#include "desklog.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/isotime.h"

#include <QCoreApplication>

#include <utility>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct AttendeeEditorText {
    Q_DECLARE_TR_FUNCTIONS(entre::AttendeeEditor)
};

} // namespace

// Field key and value, in the order the edit log lists them.
QList<std::pair<QString, QString>> loggedFields(const AttendeeDetails& d)
{
    return {{QStringLiteral("first_name"), d.firstName.simplified()},
            {QStringLiteral("last_name"), d.lastName.simplified()},
            {QStringLiteral("organisation"), d.organisation.simplified()},
            {QStringLiteral("title"), d.title.simplified()},
            {QStringLiteral("email"), d.email.trimmed()},
            {QStringLiteral("phone"), d.phone.trimmed()},
            {QStringLiteral("diet"), d.diet.trimmed()},
            {QStringLiteral("notes"), d.notes.trimmed()}};
}

bool setLoggedField(AttendeeDetails& d, const QString& field, const QString& value)
{
    QString* const fields[] = {&d.firstName, &d.lastName, &d.organisation, &d.title,
                               &d.email,     &d.phone,    &d.diet,         &d.notes};
    const auto names = loggedFields(d);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).first == field) {
            *fields[i] = value;
            return true;
        }
    }
    return false;
}

AttendeeDetails detailsOf(const Attendee& attendee)
{
    AttendeeDetails d;
    d.code = attendee.code;
    d.firstName = attendee.firstName;
    d.lastName = attendee.lastName;
    d.email = attendee.email;
    d.phone = attendee.phone;
    d.organisation = attendee.organisation;
    d.title = attendee.title;
    d.diet = attendee.diet;
    d.notes = attendee.notes;
    d.extra = attendee.extra;
    return d;
}

AttendeeEditor::AttendeeEditor(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Attendee> AttendeeEditor::edit(qint64 attendeeId, const AttendeeDetails& details,
                                      const QString& station)
{
    if (details.firstName.simplified().isEmpty() && details.lastName.simplified().isEmpty())
        return badInput(AttendeeEditorText::tr("A person needs a first or a last name."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    AttendeeRepository attendees(m_db);
    auto before = attendees.existing(attendeeId);
    if (!before)
        return before.error();

    const auto oldFields = loggedFields(detailsOf(before.value()));
    const auto newFields = loggedFields(details);
    QList<EditedField> changes;
    for (qsizetype i = 0; i < oldFields.size(); ++i) {
        if (oldFields.at(i).second != newFields.at(i).second)
            changes.append({oldFields.at(i).first, oldFields.at(i).second, newFields.at(i).second});
    }
    if (changes.isEmpty())
        return before.value();

    AttendeeDetails kept = details;
    kept.extra = before->extra; // the form does not show the extra columns
    if (auto updated = attendees.update(attendeeId, kept); !updated)
        return updated.error();
    // One entry per field, which the other desks take; a later edit made there wins here too.
    DeskLog log(m_db);
    const QString now = nowIsoUtc();
    const QString stationName = CheckInService::stationOrDefault(station);
    for (const EditedField& change : std::as_const(changes)) {
        if (auto logged = log.appendEdit(attendeeId, stationName, now, change); !logged)
            return logged.error();
    }
    auto after = attendees.existing(attendeeId);
    if (!after)
        return after.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

Result<QList<EditLogEntry>> AttendeeEditor::log(qint64 attendeeId) const
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT attendee_id, at_utc, station, field, old_value, "
                                "new_value FROM edit_log WHERE attendee_id = ? ORDER BY id"),
                 {attendeeId});
    if (!query)
        return query.error();
    QList<EditLogEntry> entries;
    while (query->next()) {
        entries.append({query->value(0).toLongLong(), fromIsoUtc(query->value(1).toString()),
                        query->value(2).toString(), query->value(3).toString(),
                        query->value(4).toString(), query->value(5).toString()});
    }
    return entries;
}

} // namespace entre
