#include "eventaudit.h"

#include "store/sqlquery.h"

namespace entre::durability {

QSet<QString> EventAudit::checkedIn() const
{
    QSet<QString> codes;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (it->checkedIn)
            codes.insert(it.key());
    }
    return codes;
}

QString EventAudit::soundnessProblem() const
{
    if (integrity != QStringList{QStringLiteral("ok")})
        return QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; "));
    if (foreignKeyProblems != 0)
        return QStringLiteral("%1 foreign key problems").arg(foreignKeyProblems);
    if (!searchIndexProblem.isEmpty())
        return QStringLiteral("search index: ") + searchIndexProblem;
    if (undoRows != 0)
        return QStringLiteral("%1 undo rows, though nobody undid anything").arg(undoRows);
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (it->ticks != (it->checkedIn ? 1 : 0))
            return QStringLiteral("%1 has %2 ticks in the log and is %3checked in")
                .arg(it.key())
                .arg(it->ticks)
                .arg(it->checkedIn ? QString() : QStringLiteral("not "));
    }
    return {};
}

Result<EventAudit> auditEvent(const QSqlDatabase& db)
{
    EventAudit audit;
    auto integrity = runQuery(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next())
        audit.integrity.append(integrity->value(0).toString());
    auto foreignKeys = runQuery(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys->next())
        ++audit.foreignKeyProblems;
    auto search = runQuery(
        db,
        QStringLiteral("INSERT INTO attendee_search(attendee_search) VALUES ('integrity-check')"));
    if (!search)
        audit.searchIndexProblem = search.error().message;

    auto undos =
        runQuery(db, QStringLiteral("SELECT count(*) FROM checkin_log WHERE action = 'undo'"));
    if (!undos || !undos->next())
        return undos ? failed(QStringLiteral("no count")) : undos.error();
    audit.undoRows = undos->value(0).toInt();
    auto name = runQuery(db, QStringLiteral("SELECT value FROM event_info WHERE key = 'name'"));
    if (!name)
        return name.error();
    if (name->next())
        audit.eventName = name->value(0).toString();

    auto people =
        runQuery(db, QStringLiteral("SELECT a.code, a.title, a.checked_in_at IS NOT NULL, "
                                    "(SELECT count(*) FROM checkin_log l "
                                    " WHERE l.attendee_id = a.id AND l.action = 'check_in') "
                                    "FROM attendees a"));
    if (!people)
        return people.error();
    while (people->next()) {
        audit.people.insert(
            people->value(0).toString(),
            {people->value(1).toString(), people->value(3).toInt(), people->value(2).toBool()});
    }
    return audit;
}

} // namespace entre::durability
