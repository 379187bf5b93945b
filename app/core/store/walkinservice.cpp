#include "walkinservice.h"

#include "attendeerepository.h"
#include "desklog.h"
#include "eventjournal.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct WalkInServiceText {
    Q_DECLARE_TR_FUNCTIONS(entre::WalkInService)
};

Result<void> checkEmailFree(const QSqlDatabase& db, const QString& email)
{
    auto query = runQuery(db,
                          QStringLiteral("SELECT first_name, last_name, code FROM attendees "
                                         "WHERE email = ? COLLATE NOCASE LIMIT 1"),
                          {email});
    if (!query)
        return query.error();
    if (!query->next())
        return {};
    const QString name =
        QString(query->value(0).toString() + QLatin1Char(' ') + query->value(1).toString())
            .trimmed();
    return refused(WalkInServiceText::tr("%1 (%2) is already registered with the e-mail %3.")
                       .arg(name, query->value(2).toString(), email));
}

} // namespace

WalkInService::WalkInService(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<CheckInOutcome> WalkInService::addAndCheckIn(const AttendeeDetails& details,
                                                    const QString& station)
{
    if (details.firstName.simplified().isEmpty() && details.lastName.simplified().isEmpty())
        return badInput(WalkInServiceText::tr("A walk-in needs a first or a last name."));
    const QString email = details.email.trimmed();
    if (!email.isEmpty() && !isEmailAddress(email))
        return badInput(WalkInServiceText::tr("\"%1\" is not an e-mail address.").arg(email));

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginError();
    if (!email.isEmpty()) {
        if (auto free = checkEmailFree(m_db, email); !free)
            return free.error();
    }
    AttendeeRepository attendees(m_db);
    auto id = attendees.insert(details);
    if (!id)
        return id.error();

    // The walk-in before its tick, so that another desk knows the person when the tick comes.
    if (auto shared = DeskLog(m_db).appendWalkIn(
            id.value(), CheckInService::stationOrDefault(station), nowIsoUtc());
        !shared)
        return shared.error();
    if (auto ticked = CheckInService(m_db).appendCheckIn(id.value(), station); !ticked)
        return ticked.error();
    if (auto journaled =
            EventJournal::record(m_db, EventJournal::Kind::WalkIn, station, id.value());
        !journaled)
        return journaled.error();
    auto after = attendees.byId(id.value());
    if (!after)
        return after.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return CheckInOutcome{CheckInOutcome::Status::CheckedIn, after->value()};
}

} // namespace entre
