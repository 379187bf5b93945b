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

// Whether the person a.id matches an FTS5 expression, tested for that one person.
QString matchesById()
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM attendee_search WHERE attendee_search MATCH ? AND rowid = a.id)");
}

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

// Typed as one word of letters only, such as "Hä": a first or last name that starts with the word
// as typed starts with a part the word is a prefix of, so whoever spelledAsTyped() finds is
// found by name. A walk through the event then tests each person's name where it is instead of
// first gathering everyone the index finds by the folded word (for "Ä", everyone whose name
// starts with A, Å or Ä). Not for more words: the others must match too.
bool spelledIsFoundByName(const QString& text)
{
    const QStringList words = searchWords(text);
    return words.size() == 1 && std::all_of(words.first().cbegin(), words.first().cend(),
                                            [](QChar c) { return c.isLetter(); });
}

// Matches counted up to this share of the event: beyond it, walking everyone in Swedish order
// and testing each against the index finds a page sooner than sorting every match.
constexpr int broadShare = 10;
// Found by name at least this many, the first page is looked for among the first walkBudget
// people in Swedish order before all of them are sorted (SearchPage::walkWithin()). Measured
// at 100,000 people: sorting 15,000 takes 6-10 ms, the walk 2-4 ms; under a few thousand,
// sorting is as fast.
constexpr int walkFrom = 4000;
constexpr int walkBudget = 3000;
// How many people the walk through most of the event may find not to match, testing them one
// by one against the index (some 20-30 µs each), before it gathers the set of those found
// instead: that set takes a few ms to gather when it is a large share of the event.
constexpr int missesBeforeGathering = 10;

// Those an FTS5 expression matches, up to `cap`: how many, and their ids as a JSON array.
struct Matches {
    int count = 0;
    QString ids;
};

Result<Matches> matchesUpTo(const QSqlDatabase& db, const QString& expression, int cap)
{
    auto query = runQuery(db,
                          QStringLiteral("SELECT count(*), json_group_array(rowid) FROM (SELECT "
                                         "rowid FROM attendee_search WHERE attendee_search "
                                         "MATCH ? LIMIT ?)"),
                          {expression, cap});
    if (!query)
        return query.error();
    if (!query->next())
        return Matches{};
    return Matches{query->value(0).toInt(), query->value(1).toString()};
}

// Whether a.id is one of the ids matchesUpTo() gave: each of them looked up by id, which spares
// asking the index again for a group it has just counted.
QString amongIds()
{
    return QStringLiteral("a.id IN (SELECT value FROM json_each(?))");
}

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

// The first page of a search, read a ranked group at a time (AttendeeSearch::find()).
struct FirstPage {
    FirstPage(const QSqlDatabase& database, const QString& typed, ArrivalFilter arrivalFilter,
              int limit)
        : db(database)
        , text(typed)
        , terms(typed)
        , filter(arrivalFilter)
        , page(database, limit)
    {
        if (const QString predicate = arrivalPredicate(filter); !predicate.isEmpty())
            arrival.append(predicate);
    }

    Result<void> addExactCode()
    {
        return page.add({{}, QStringList{exactCode()} + arrival, terms.exact()});
    }

    // By name, as typed first and then with the accents folded when a word has å, ä, ö...
    Result<void> addByName()
    {
        // A letter or two starts the names of thousands: most often the page is found among the
        // first few in Swedish order, without sorting them all.
        auto byName = matchesUpTo(db, terms.names, walkFrom);
        if (!byName)
            return byName.error();
        // Nobody, as with the first characters of a code: the rest need not leave anyone out by
        // name, which spares reading the names of everyone the word matches (all, for "B0").
        noneByName = byName->count == 0;
        if (noneByName)
            return {};
        // askIndex: whether the walk must ask the index who is found by name, or the conditions
        // say so already.
        const auto addGroup = [&](const QStringList& conditions, const QVariantList& values,
                                  bool askIndex) -> Result<void> {
            if (byName->count >= walkFrom) {
                const SearchGroup walked =
                    askIndex
                        ? SearchGroup{{},
                                      conditions + arrival +
                                          QStringList{QStringLiteral("a.id IN ") + matchingIds()},
                                      values + QVariantList{terms.names}}
                        : SearchGroup{{}, conditions + arrival, values};
                auto filled = page.walkWithin(walked, filter, walkBudget);
                if (!filled || filled.value())
                    return filled ? Result<void>() : Result<void>(filled.error());
                return page.add({terms.names, conditions + arrival, values});
            }
            return page.add({{},
                             conditions + arrival + QStringList{amongIds()},
                             values + QVariantList{byName->ids}});
        };
        const Spelling spelled = spelledAsTyped(text);
        if (spelled.condition.isEmpty())
            return addGroup({notExactCode()}, terms.exact(), true);
        const QVariantList values = terms.exact() + spelled.values;
        if (auto added =
                addGroup({notExactCode(), spelled.condition}, values, !spelledIsFoundByName(text));
            !added)
            return added;
        return addGroup({notExactCode(), QStringLiteral("NOT ") + spelled.condition}, values, true);
    }

    // Found by anything but the name: organisation, e-mail, code.
    Result<void> addTheRest()
    {
        auto size = eventSize(db);
        if (!size)
            return size.error();
        const int broad = std::max(1000, size.value() / broadShare);
        auto matches = cappedMatchCount(db, terms.full, broad);
        if (!matches)
            return matches.error();
        if (matches.value() < broad)
            return page.add({noneByName ? terms.full : terms.notByName,
                             QStringList{notExactCode()} + arrival, terms.exact()});
        // Most of the event, such as a letter every e-mail has: read everyone in order. Nearly
        // everyone (the first letters of a code every code starts with) fills the page within a
        // few steps, each tested on its own; fewer, the walk looks each up in the set of those
        // found, which takes a while to gather when it is most of the event.
        QStringList notByName{notExactCode()};
        QVariantList values = terms.exact();
        if (!noneByName) {
            notByName.append(QStringLiteral("a.id NOT IN ") + matchingIds());
            values.append(terms.names);
        }
        auto nearlyAll = page.walkTesting({{}, notByName, values}, matchesById(), {terms.full},
                                          filter, missesBeforeGathering);
        if (!nearlyAll || nearlyAll.value())
            return nearlyAll ? Result<void>() : Result<void>(nearlyAll.error());
        return page.walk({{},
                          notByName + QStringList{QStringLiteral("a.id IN ") + matchingIds()},
                          values + QVariantList{terms.full}},
                         filter);
    }

    QSqlDatabase db;
    QString text;
    Terms terms;
    ArrivalFilter filter;
    QStringList arrival;
    SearchPage page;
    bool noneByName = false; // found by addByName(): nobody's name starts with a word typed
};

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
    FirstPage first(m_db, text, filter, limit);
    if (terms.full.isEmpty()) {
        if (auto added = first.page.walk({}, filter); !added)
            return added.error();
        return first.page.take();
    }
    for (auto step : {&FirstPage::addExactCode, &FirstPage::addByName, &FirstPage::addTheRest}) {
        if (first.page.isFull())
            break;
        if (auto added = (first.*step)(); !added)
            return added.error();
    }
    return first.page.take();
}

} // namespace entre
