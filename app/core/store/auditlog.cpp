#include "auditlog.h"

#include "import/importfields.h"
#include "sqlquery.h"
#include "util/isotime.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct AuditLogText {
    Q_DECLARE_TR_FUNCTIONS(entre::AuditLog)
};

struct KindName {
    AuditKind kind;
    const char* stored; // the kind column of the merged history
    const char* shown;
};

const KindName kindNames[] = {
    {AuditKind::CheckIn, "check_in", QT_TRANSLATE_NOOP("entre::AuditLog", "Check-in")},
    {AuditKind::Undo, "undo", QT_TRANSLATE_NOOP("entre::AuditLog", "Undo")},
    {AuditKind::WalkIn, "walk_in", QT_TRANSLATE_NOOP("entre::AuditLog", "Walk-in")},
    {AuditKind::Edit, "edit", QT_TRANSLATE_NOOP("entre::AuditLog", "Edit")},
    {AuditKind::Import, "import", QT_TRANSLATE_NOOP("entre::AuditLog", "Import")},
    {AuditKind::BadgePrint, "badge_print", QT_TRANSLATE_NOOP("entre::AuditLog", "Badge printed")},
    {AuditKind::Erase, "erase", QT_TRANSLATE_NOOP("entre::AuditLog", "Personal data erased")},
    {AuditKind::LockTakeOver, "lock_take_over",
     QT_TRANSLATE_NOOP("entre::AuditLog", "Lock taken over")},
    {AuditKind::Restore, "restore", QT_TRANSLATE_NOOP("entre::AuditLog", "Restored from backup")},
    {AuditKind::Merge, "merge", QT_TRANSLATE_NOOP("entre::AuditLog", "People merged")},
};

QString storedName(AuditKind kind)
{
    for (const KindName& name : kindNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.stored);
    }
    return QString();
}

AuditKind kindFromStored(const QString& stored)
{
    for (const KindName& name : kindNames) {
        if (stored == QLatin1String(name.stored))
            return name.kind;
    }
    return AuditKind::CheckIn;
}

// One row per thing that happened; the columns a, b and c hold what each log knows of it.
const char* const mergedHistory = R"(
    SELECT at_utc, station, action AS kind, attendee_id, '' AS a, '' AS b, '' AS c,
           0 AS source, id FROM checkin_log
    UNION ALL SELECT at_utc, station, 'edit', attendee_id, field, old_value, new_value,
           1, id FROM edit_log
    UNION ALL SELECT at_utc, station, 'badge_print', attendee_id, target, '', '',
           2, id FROM badge_log
    UNION ALL SELECT at_utc, station, kind, attendee_id, detail, '', '',
           3, id FROM event_log
    UNION ALL SELECT m.at_utc, m.station, 'merge', a.id, m.same_as, '', '',
           4, m.rowid FROM desk_merges m JOIN attendees a ON a.code = m.code)";

// An FTS5 query on names and code: every word a prefix, each quoted so that no input can
// break the query. Empty when the text holds no word.
QString nameMatch(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList words = foldForMatching(text).split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QStringLiteral("{first_name last_name code} : \"%1\"*").arg(word));
    }
    return terms.join(QLatin1String(" AND "));
}

struct Query {
    QStringList where;
    QVariantList values;
};

Query conditions(const AuditFilter& filter, const QString& match)
{
    Query query;
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (AuditKind kind : allAuditKinds()) {
            if (filter.kinds.contains(kind)) {
                marks.append(QStringLiteral("?"));
                query.values.append(storedName(kind));
            }
        }
        query.where.append(QStringLiteral("h.kind IN (%1)").arg(marks.join(u',')));
    }
    if (!filter.station.isEmpty()) {
        query.where.append(QStringLiteral("h.station = ?"));
        query.values.append(filter.station);
    }
    if (!match.isEmpty()) {
        query.where.append(QStringLiteral("h.attendee_id IN (SELECT rowid FROM attendee_search "
                                          "WHERE attendee_search MATCH ?)"));
        query.values.append(match);
    }
    if (filter.from.isValid()) {
        query.where.append(QStringLiteral("h.at_utc >= ?"));
        query.values.append(toIsoUtc(filter.from));
    }
    if (filter.to.isValid()) {
        query.where.append(QStringLiteral("h.at_utc <= ?"));
        query.values.append(toIsoUtc(filter.to));
    }
    return query;
}

QString personName(const QString& first, const QString& last)
{
    if (first.isEmpty() || last.isEmpty())
        return first.isEmpty() ? last : first;
    return last + QLatin1String(", ") + first;
}

QString editDetail(const QString& field, const QString& oldValue, const QString& newValue)
{
    return AuditLogText::tr("%1: %2 → %3")
        .arg(ImportFields::label(field),
             oldValue.isEmpty() ? AuditLogText::tr("(empty)") : oldValue,
             newValue.isEmpty() ? AuditLogText::tr("(empty)") : newValue);
}

QString importDetail(const QJsonObject& detail)
{
    return AuditLogText::tr("%1: %2 added, %3 updated, %4 unchanged, %5 rejected")
        .arg(detail.value(QLatin1String("list")).toString())
        .arg(detail.value(QLatin1String("added")).toInt())
        .arg(detail.value(QLatin1String("updated")).toInt())
        .arg(detail.value(QLatin1String("unchanged")).toInt())
        .arg(detail.value(QLatin1String("rejected")).toInt());
}

QString takeOverDetail(const QJsonObject& detail)
{
    const QString host = detail.value(QLatin1String("host")).toString();
    if (host.isEmpty())
        return AuditLogText::tr("The lock's holder was unknown");
    return AuditLogText::tr("From %1 on %2")
        .arg(detail.value(QLatin1String("application")).toString(), host);
}

// Erasures and restores are recorded by others; what they tell is shown as it is written,
// key by key, with the keys known here named in the user's language.
QString genericDetail(const QJsonObject& detail)
{
    QStringList parts;
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it) {
        const QString value =
            it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble());
        if (it.key() == QLatin1String("backup") || it.key() == QLatin1String("file"))
            parts.append(AuditLogText::tr("File: %1").arg(value));
        else if (it.key() == QLatin1String("attendees") || it.key() == QLatin1String("people"))
            parts.append(AuditLogText::tr("%n people", nullptr, int(it.value().toDouble())));
        else
            parts.append(it.key() + QLatin1String(": ") + value);
    }
    return parts.join(QLatin1String("; "));
}

QString journalDetail(AuditKind kind, const QString& json)
{
    const QJsonObject detail = QJsonDocument::fromJson(json.toUtf8()).object();
    switch (kind) {
    case AuditKind::Import:
        return importDetail(detail);
    case AuditKind::LockTakeOver:
        return takeOverDetail(detail);
    case AuditKind::WalkIn:
        return QString();
    default:
        return genericDetail(detail);
    }
}

AuditEntry entryFrom(const QSqlQuery& row)
{
    AuditEntry entry;
    entry.at = fromIsoUtc(row.value(0).toString());
    entry.station = row.value(1).toString();
    entry.kind = kindFromStored(row.value(2).toString());
    entry.attendeeId = row.value(3).toLongLong();
    const QString a = row.value(4).toString();
    switch (row.value(7).toInt()) {
    case 1:
        entry.detail = editDetail(a, row.value(5).toString(), row.value(6).toString());
        break;
    case 2:
        entry.detail = a.isEmpty() ? QString() : AuditLogText::tr("To %1").arg(a);
        break;
    case 3:
        entry.detail = journalDetail(entry.kind, a);
        break;
    case 4:
        entry.detail = AuditLogText::tr("The same person as %1").arg(a);
        break;
    default:
        break;
    }
    entry.person = personName(row.value(9).toString(), row.value(10).toString());
    entry.organisation = row.value(11).toString();
    return entry;
}

} // namespace

QList<AuditKind> allAuditKinds()
{
    QList<AuditKind> kinds;
    for (const KindName& name : kindNames)
        kinds.append(name.kind);
    return kinds;
}

QString auditKindName(AuditKind kind)
{
    for (const KindName& name : kindNames) {
        if (name.kind == kind)
            return AuditLogText::tr(name.shown);
    }
    return QString();
}

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<AuditEntry>> AuditLog::entries(const AuditFilter& filter) const
{
    QString match;
    if (!filter.text.trimmed().isEmpty()) {
        match = nameMatch(filter.text);
        if (match.isEmpty())
            return QList<AuditEntry>(); // only punctuation: it names nobody
    }
    Query query = conditions(filter, match);
    const QString order = filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT h.*, p.first_name, p.last_name, o.name FROM (%1) h "
                                 "LEFT JOIN attendees p ON p.id = h.attendee_id "
                                 "LEFT JOIN organisations o ON o.id = p.organisation_id")
                      .arg(QLatin1String(mergedHistory));
    if (!query.where.isEmpty())
        sql += QLatin1String(" WHERE ") + query.where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY h.at_utc %1, h.source %1, h.id %1").arg(order);
    if (filter.limit > 0) {
        sql += QLatin1String(" LIMIT ?");
        query.values.append(filter.limit);
    }
    auto rows = runQuery(m_db, sql, query.values);
    if (!rows)
        return rows.error();
    QList<AuditEntry> entries;
    while (rows->next())
        entries.append(entryFrom(rows.value()));
    return entries;
}

Result<QStringList> AuditLog::stations() const
{
    auto rows = runQuery(m_db, QStringLiteral("SELECT station FROM checkin_log "
                                              "UNION SELECT station FROM edit_log "
                                              "UNION SELECT station FROM badge_log "
                                              "UNION SELECT station FROM event_log "
                                              "ORDER BY 1"));
    if (!rows)
        return rows.error();
    QStringList stations;
    while (rows->next())
        stations.append(rows->value(0).toString());
    return stations;
}

} // namespace entre
