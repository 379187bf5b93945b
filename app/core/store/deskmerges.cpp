#include "deskmerges.h"

#include "deskedits.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct DeskMergesText {
    Q_DECLARE_TR_FUNCTIONS(entre::DeskLog)
};

// A person of a group as this file knows them, with the key the survivor is chosen by.
struct Member {
    qint64 id = 0;
    QString rank;
};

// Every code merged with this one, directly or through others.
Result<QStringList> groupCodes(const QSqlDatabase& db, const QString& code)
{
    QStringList group{code};
    for (qsizetype i = 0; i < group.size(); ++i) {
        auto linked =
            runQuery(db,
                     QStringLiteral("SELECT same_as FROM desk_merges WHERE code = ? "
                                    "UNION SELECT code FROM desk_merges WHERE same_as = ?"),
                     {group.at(i), group.at(i)});
        if (!linked)
            return linked.error();
        while (linked->next()) {
            const QString other = linked->value(0).toString();
            if (!group.contains(other))
                group.append(other);
        }
    }
    return group;
}

// The person with this code, if this file has them, ranked: people from the list first, by code,
// then walk-ins by their walk-in entry. Only what every desk holds goes into the rank.
Result<std::optional<Member>> memberOf(const QSqlDatabase& db, const QString& code)
{
    auto person = runQuery(
        db,
        QStringLiteral("SELECT a.id, (SELECT w.at_utc || char(31) || w.desk_id || char(31) || "
                       "printf('%020d', w.seq) FROM desk_walkins w WHERE w.code = a.code "
                       "ORDER BY w.at_utc, w.desk_id, w.seq LIMIT 1) FROM attendees a "
                       "WHERE a.code = ?"),
        {code});
    if (!person)
        return person.error();
    if (!person->next())
        return std::optional<Member>();
    const QVariant walkIn = person->value(1);
    const QString rank = walkIn.isNull()
                             ? QString(QStringLiteral("0") + code)
                             : QString(QStringLiteral("1") + walkIn.toString() + QChar(31) + code);
    return std::optional<Member>(Member{person->value(0).toLongLong(), rank});
}

} // namespace

QString mergeDetails(const QString& sameAsCode)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("same_as"), sameAsCode}})
                                 .toJson(QJsonDocument::Compact));
}

Result<void> logMerge(const QSqlDatabase& db, const DeskEntry& entry)
{
    const QJsonObject json = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    const QString sameAs = json.value(QStringLiteral("same_as")).toString();
    if (sameAs.isEmpty() || sameAs == entry.code)
        return badInput(DeskMergesText::tr("Another desk sent a merge of %1 that cannot be read "
                                           "(desk %2, number %3).")
                            .arg(entry.code, entry.deskId)
                            .arg(entry.seq));
    auto logged =
        runQuery(db,
                 QStringLiteral("INSERT INTO desk_merges(desk_id, seq, code, same_as, "
                                "at_utc, station) VALUES (?, ?, ?, ?, ?, ?)"),
                 {entry.deskId, entry.seq, entry.code, sameAs, entry.atUtc, entry.station});
    if (!logged)
        return logged.error();
    return settleMerges(db, entry.code);
}

Result<void> settleMerges(const QSqlDatabase& db, const QString& code)
{
    auto codes = groupCodes(db, code);
    if (!codes)
        return codes.error();
    if (codes->size() < 2)
        return {};
    QList<Member> members;
    for (const QString& member : std::as_const(codes.value())) {
        auto known = memberOf(db, member);
        if (!known)
            return known.error();
        if (known->has_value())
            members.append(known->value());
    }
    if (members.isEmpty())
        return {};
    const Member survivor =
        *std::min_element(members.cbegin(), members.cend(),
                          [](const Member& a, const Member& b) { return a.rank < b.rank; });
    for (const Member& member : std::as_const(members)) {
        const bool stays = member.id == survivor.id;
        auto set = runQuery(
            db,
            stays ? QStringLiteral("UPDATE attendees SET merged_into = NULL WHERE id = ? AND "
                                   "merged_into IS NOT NULL")
                  : QStringLiteral("UPDATE attendees SET merged_into = ?, checked_in_at = NULL, "
                                   "checked_in_station = NULL WHERE id = ?"),
            stays ? QVariantList{member.id} : QVariantList{survivor.id, member.id});
        if (!set)
            return set.error();
    }
    // Each one's badge from their own prints again, the survivor's from everyone's.
    for (const Member& member : std::as_const(members)) {
        if (auto printed = refreshBadgePrinted(db, member.id); !printed)
            return printed;
    }
    return DeskLog(db).refreshArrival(survivor.id);
}

Result<qint64> survivorOf(const QSqlDatabase& db, qint64 attendeeId)
{
    auto query =
        runQuery(db, QStringLiteral("SELECT coalesce(merged_into, id) FROM attendees WHERE id = ?"),
                 {attendeeId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : attendeeId;
}

QString mergedGroupOf(const QString& survivor)
{
    return QStringLiteral("(SELECT m.id FROM attendees m WHERE m.id = %1 OR m.merged_into = %1)")
        .arg(survivor);
}

} // namespace entre
