// The process the durability test kills. It says "ready" once the event is open and locked,
// then works; every line after that is written only when what it reports is committed, and
// flushed at once, so the parent knows what must survive a SIGKILL.
//   durability-child checkin EVENT STATION   one code per committed check-in, until nobody is left,
//                                            then "done MS"
//   durability-child import EVENT CSV        "done MS" after the import committed
//   durability-child copy EVENT TARGET       "done MS" after saveCopy returned
#include "import/registrationimporter.h"
#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace entre;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString& what, const Error& error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    return 1;
}

int checkInEveryone(EventStore& store, const QString& station)
{
    AttendeeRepository attendees(store.database());
    auto missing = attendees.list(ArrivalFilter::Missing);
    if (!missing)
        return fail(QStringLiteral("list"), missing.error());
    CheckInService checkIns(store.database());
    for (const Attendee& person : missing.value()) {
        auto outcome = checkIns.checkIn(person.id, station);
        if (!outcome)
            return fail(QStringLiteral("check in ") + person.code, outcome.error());
        if (outcome->status != CheckInOutcome::Status::CheckedIn)
            return fail(QStringLiteral("check in ") + person.code,
                        failed(QStringLiteral("was already checked in")));
        say(person.code);
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: durability-child checkin|import|copy EVENT ARGUMENT\n");
        return 2;
    }
    const QString mode = args.at(1);
    auto store = EventStore::open(args.at(2));
    if (!store)
        return fail(QStringLiteral("open"), store.error());
    say(QStringLiteral("ready"));

    QElapsedTimer clock;
    clock.start();
    if (mode == QLatin1String("checkin")) {
        // "done" while the lock is still held: a kill after it may find the lock already gone.
        if (const int failedRun = checkInEveryone(*store.value(), args.at(3)); failedRun != 0)
            return failedRun;
    } else if (mode == QLatin1String("import")) {
        auto report = RegistrationImporter(*store.value()).run(args.at(3));
        if (!report)
            return fail(QStringLiteral("import"), report.error());
        // The generated list is all valid: a rejected row means the test's data is wrong.
        if (!report->rejected.isEmpty())
            return fail(QStringLiteral("import"),
                        failed(QStringLiteral("%1 rows rejected, first: row %2, %3")
                                   .arg(report->rejected.size())
                                   .arg(report->rejected.first().row)
                                   .arg(report->rejected.first().reason)));
    } else if (mode == QLatin1String("copy")) {
        if (auto copied = store.value()->saveCopy(args.at(3)); !copied)
            return fail(QStringLiteral("save copy"), copied.error());
    } else {
        std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
        return 2;
    }
    say(QStringLiteral("done %1").arg(clock.elapsed()));
    return 0;
}
