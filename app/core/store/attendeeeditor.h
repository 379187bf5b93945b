#pragma once

#include "model/attendee.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace entre {

struct EditLogEntry {
    qint64 attendeeId = 0;
    QDateTime at; // UTC
    QString station;
    QString field; // "first_name", "last_name", "organisation", ...
    QString oldValue;
    QString newValue;
};

// The details a person is registered with, as a starting point for an edit.
AttendeeDetails detailsOf(const Attendee& attendee);

// The fields an edit can change, as the edit log names them, with their values in `details`.
QList<std::pair<QString, QString>> loggedFields(const AttendeeDetails& details);
// Sets the field the edit log names `field`; false for a name it does not have.
bool setLoggedField(AttendeeDetails& details, const QString& field, const QString& value);

// Corrections made at the desk (a typo in a name before the badge is printed). Each edit is one
// transaction that updates the person and writes one edit_log row per changed field.
class AttendeeEditor {
public:
    explicit AttendeeEditor(QSqlDatabase db);

    // Returns the person as they are after the commit. Nothing is written when nothing changed.
    Result<Attendee> edit(qint64 attendeeId, const AttendeeDetails& details,
                          const QString& station);
    Result<QList<EditLogEntry>> log(qint64 attendeeId) const;

private:
    QSqlDatabase m_db;
};

} // namespace entre
