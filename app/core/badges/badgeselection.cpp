#include "badgeselection.h"

#include "store/attendeerepository.h"
#include "util/swedishorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct BadgeSelectionText {
    Q_DECLARE_TR_FUNCTIONS(entre::BadgeSelection)
};

} // namespace

void BadgeSelection::sort(QList<Attendee>& people) const
{
    QHash<qint64, QByteArray> nameKeys;
    QHash<qint64, QByteArray> organisationKeys;
    for (const Attendee& a : std::as_const(people)) {
        nameKeys.insert(a.id, personSortKey(a.firstName, a.lastName));
        if (order == Order::Organisation)
            organisationKeys.insert(a.id, swedishSortKey(a.organisation));
    }
    std::stable_sort(people.begin(), people.end(), [&](const Attendee& a, const Attendee& b) {
        if (order == Order::Organisation) {
            const QByteArray& ka = organisationKeys[a.id];
            const QByteArray& kb = organisationKeys[b.id];
            if (ka != kb)
                return ka < kb;
        }
        const QByteArray& na = nameKeys[a.id];
        const QByteArray& nb = nameKeys[b.id];
        return na != nb ? na < nb : a.id < b.id;
    });
}

Result<QList<Attendee>> BadgeSelection::resolve(const QSqlDatabase& db) const
{
    AttendeeRepository repository(db);
    QList<Attendee> chosen;
    switch (who) {
    case Who::Codes: {
        QStringList unknown;
        for (const QString& code : codes) {
            auto found = repository.byCode(code);
            if (!found)
                return found.error();
            if (found->has_value())
                chosen.append(found->value());
            else
                unknown.append(code.trimmed());
        }
        if (!unknown.isEmpty())
            return badInput(BadgeSelectionText::tr("No attendee has the code %1.")
                                .arg(unknown.join(QLatin1String(", "))));
        break;
    }
    case Who::Ids: {
        auto found = repository.byIds(ids);
        if (!found)
            return found.error();
        chosen = found.value();
        break;
    }
    case Who::Everyone:
    case Who::NotPrinted:
    case Who::Organisation: {
        auto all = repository.list();
        if (!all)
            return all.error();
        const QString wanted = organisation.simplified();
        for (const Attendee& a : std::as_const(all.value())) {
            if (who == Who::NotPrinted && a.badgePrintedAt.isValid())
                continue;
            if (who == Who::Organisation &&
                a.organisation.compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            chosen.append(a);
        }
        if (who == Who::Organisation && chosen.isEmpty())
            return badInput(
                BadgeSelectionText::tr("Nobody in this event belongs to the organisation \"%1\".")
                    .arg(wanted));
        break;
    }
    }
    // The same person named twice gets one badge.
    QSet<qint64> seen;
    chosen.removeIf([&seen](const Attendee& a) {
        if (seen.contains(a.id))
            return true;
        seen.insert(a.id);
        return false;
    });
    sort(chosen);
    return chosen;
}

} // namespace entre
