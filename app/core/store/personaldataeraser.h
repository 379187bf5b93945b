#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace entre {

// Removes the personal data of an event once it is over (GDPR), keeping what the funder's report
// counts. Every person keeps their row, organisation, check-in time and station, so the counts
// per organisation and the arrivals over time come out as before; their names, e-mail, phone,
// title, diet, notes, extra columns, identifiers and code go, and so do the values of the desk's
// edits. The search index is rebuilt from what is left, the file vacuumed and the write-ahead log
// truncated, so that no erased text remains in any byte of the file.
class PersonalDataEraser {
public:
    explicit PersonalDataEraser(QSqlDatabase db);

    // Erases in one transaction, recorded in the event's log with the station, then compacts the
    // file. Returns how many people were erased. The connection must have no statement running.
    Result<int> erase(const QString& station);

    // Erases another copy of an event, such as a backup, the same way: opened for writing (its lock
    // taken and released), erased, and left as one file with no journal beside it.
    static Result<int> eraseFile(const QString& path, const QString& station);

    // When the event's personal data was erased; invalid when it never was.
    QDateTime erasedAt() const;

    // The code a person gets in place of theirs: unique, and it says nothing about them.
    static QString placeholderCode(qint64 attendeeId);

private:
    Result<int> eraseRows(const QString& station);
    Result<void> replaceCodes();
    Result<void> compact();

    QSqlDatabase m_db;
};

} // namespace entre
