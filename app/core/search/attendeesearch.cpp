#include "attendeesearch.h"

#include "ftsquery.h"
#include "searchpage.h"
#include "store/sqlquery.h"

#include <algorithm>

namespace entre {
namespace {

QString andArrival(ArrivalFilter filter)
{
    const QString predicate = arrivalPredicate(filter);
    return predicate.isEmpty() ? QString() : QStringLiteral(" AND ") + predicate;
}

QString matchingIds()
{
    return QStringLiteral("(SELECT rowid FROM attendee_search WHERE attendee_search MATCH ?)");
}

// What was typed, as the SQL values every form of the search binds.
struct Terms {
    explicit Terms(const QString& text)
        : full(ftsPrefixExpression(text))
        , names(ftsNameExpression(text))
        , notByName(ftsNotByNameExpression(text))
        , code(text.trimmed())
    {}
    QString full;
    QString names;
    QString notByName;
    QString code;
    // The values exactCode() and notExactCode() bind.
    QVariantList exact() const { return {code, code}; }
};

// The person whose code or other identifier is exactly what was typed, case aside.
QString exactCode()
{
    return QStringLiteral("(a.code = ? COLLATE NOCASE OR a.id IN (SELECT attendee_id FROM "
                          "attendee_identifiers WHERE value = ? COLLATE NOCASE))");
}

QString notExactCode()
{
    return QStringLiteral("NOT ") + exactCode();
}

// Words typed with å, ä, ö or another letter outside ASCII, as a condition on the names: in
// Swedish ö is a letter of its own, so "öl" puts Ölund before Olofsson, whom it also finds.
// SQLite's LIKE folds only ASCII case, so both the lower-case and the capitalised spelling are
// tried. Empty when every word is plain ASCII.
struct Spelling {
    QString condition;
    QVariantList values;
};

Spelling spelledAsTyped(const QString& text)
{
    Spelling spelling;
    QStringList parts;
    for (const QString& word : searchWords(text)) {
        const bool plain =
            std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 128; });
        if (plain)
            continue;
        QString escaped = word.toLower();
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString lower = escaped + QLatin1Char('%');
        const QString capital = escaped.left(1).toUpper() + escaped.mid(1) + QLatin1Char('%');
        parts.append(QStringLiteral("(a.first_name LIKE ? ESCAPE '\\' OR a.last_name LIKE ? "
                                    "ESCAPE '\\' OR a.first_name LIKE ? ESCAPE '\\' OR "
                                    "a.last_name LIKE ? ESCAPE '\\')"));
        spelling.values << lower << lower << capital << capital;
    }
    spelling.condition = parts.join(QStringLiteral(" AND "));
    return spelling;
}

// Matches counted up to this share of the event: beyond it, walking everyone in Swedish order
// and testing each against the index finds a page sooner than sorting every match.
constexpr int broadShare = 10;

Result<int> cappedMatchCount(const QSqlDatabase& db, const QString& expression, int cap)
{
    auto query = runQuery(db,
                          QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM attendee_search "
                                         "WHERE attendee_search MATCH ? LIMIT ?)"),
                          {expression, cap});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

// About how many people the event has, without counting them (ids are rarely deleted).
Result<int> eventSize(const QSqlDatabase& db)
{
    auto query = runQuery(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM attendees"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<Attendee>> runStatement(const QSqlDatabase& db, const SearchStatement& statement)
{
    auto query = runQuery(db, statement.sql, statement.values);
    if (!query)
        return query.error();
    QList<Attendee> found;
    while (query->next())
        found.append(AttendeeRepository::fromRow(query.value()));
    return found;
}

} // namespace

SearchStatement searchStatement(const QString& text, ArrivalFilter filter, int limit, int offset)
{
    const Terms terms(text);
    const QString arrivedLastThenSwedish =
        QStringLiteral("a.checked_in_at IS NOT NULL, a.sort_key, a.id LIMIT ? OFFSET ?");
    if (terms.full.isEmpty()) {
        return {AttendeeRepository::selectColumns() + QStringLiteral(" WHERE 1") +
                    andArrival(filter) + QStringLiteral(" ORDER BY ") + arrivedLastThenSwedish,
                {limit, offset}};
    }
    // The index drives and each match is looked up by id, in id order: cheaper than first
    // collecting the matching ids with IN (...) when most of the event matches.
    const Spelling spelled = spelledAsTyped(text);
    const QString spelledFirst =
        spelled.condition.isEmpty() ? QString() : spelled.condition + QStringLiteral(" DESC, ");
    return {AttendeeRepository::selectColumns() +
                QStringLiteral(" JOIN attendee_search ON attendee_search.rowid = a.id "
                               "WHERE attendee_search MATCH ?") +
                andArrival(filter) + QStringLiteral(" ORDER BY ") + exactCode() +
                QStringLiteral(" DESC, a.id IN ") + matchingIds() + QStringLiteral(" DESC, ") +
                spelledFirst + arrivedLastThenSwedish,
            QVariantList{terms.full} + terms.exact() + QVariantList{terms.names} + spelled.values +
                QVariantList{limit, offset}};
}

AttendeeSearch::AttendeeSearch(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<Attendee>> AttendeeSearch::find(const QString& text, ArrivalFilter filter, int limit,
                                             int offset) const
{
    const Terms terms(text);
    if (offset > 0 || limit <= 0)
        return runStatement(m_db, searchStatement(text, filter, limit, offset));

    // The first page, as searchStatement() orders it, a group at a time: a group that fills
    // the page spares sorting everyone after it (a first letter finds many people by name).
    SearchPage page(m_db, limit);
    if (terms.full.isEmpty()) {
        if (auto added = page.walk({}, filter); !added)
            return added.error();
        return page.take();
    }
    QStringList arrival;
    if (const QString predicate = arrivalPredicate(filter); !predicate.isEmpty())
        arrival.append(predicate);
    const QString notTheCode = notExactCode();
    QList<SearchGroup> groups{{{}, QStringList{exactCode()} + arrival, terms.exact()}};
    const Spelling spelled = spelledAsTyped(text);
    if (spelled.condition.isEmpty()) {
        groups.append({terms.names, QStringList{notTheCode} + arrival, terms.exact()});
    } else {
        // By name as typed first, then by name with the accents folded.
        const QVariantList values = terms.exact() + spelled.values;
        groups.append({terms.names, QStringList{notTheCode, spelled.condition} + arrival, values});
        groups.append(
            {terms.names,
             QStringList{notTheCode, QStringLiteral("NOT ") + spelled.condition} + arrival,
             values});
    }
    for (const SearchGroup& group : std::as_const(groups)) {
        if (auto added = page.add(group); !added)
            return added.error();
    }
    if (page.isFull())
        return page.take();

    auto size = eventSize(m_db);
    if (!size)
        return size.error();
    const int broad = std::max(1000, size.value() / broadShare);
    auto matches = cappedMatchCount(m_db, terms.full, broad);
    if (!matches)
        return matches.error();
    Result<void> added;
    if (matches.value() < broad) {
        added = page.add({terms.notByName, QStringList{notTheCode} + arrival, terms.exact()});
    } else {
        // Most of the event, such as a letter every e-mail has: read everyone in order.
        added = page.walk({{},
                           {notTheCode, QStringLiteral("a.id NOT IN ") + matchingIds(),
                            QStringLiteral("EXISTS (SELECT 1 FROM attendee_search WHERE "
                                           "attendee_search MATCH ? AND rowid = a.id)")},
                           terms.exact() + QVariantList{terms.names, terms.full}},
                          filter);
    }
    if (!added)
        return added.error();
    return page.take();
}

} // namespace entre
