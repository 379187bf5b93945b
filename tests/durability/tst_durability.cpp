// Crash durability: a child process is killed with SIGKILL at random moments while it checks
// people in, imports a list and saves a copy. After each kill the event must hold every check-in
// the child reported (each once), nothing half imported or half copied, pass integrity_check,
// and open again at once: the killed process's lock is stale and is taken over without a question.
// ENTRE_DURABILITY_KILLS=N kills N times during check-ins (50 by default);
// ENTRE_DURABILITY_SEED=S replays a run whose seed was printed.
#include "afterkill.h"
#include "eventaudit.h"
#include "generatedevent.h"
#include "killedchild.h"
#include "store/eventstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace entre;
using namespace entre::durability;

namespace {

constexpr int eventSize = 2000;

QString childProgram()
{
    return QStringLiteral(DURABILITY_CHILD);
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Within a piece of work that took workMs when left alone: half the kills anywhere in it, half
// near its end, where the commit or the rename happens.
int killMoment(QRandomGenerator& rng, int workMs)
{
    const int span = std::max(workMs, 2);
    if (rng.bounded(2) == 0)
        return int(rng.bounded(span));
    return span * 4 / 5 + int(rng.bounded(span * 2 / 5));
}

// "unchanged" or "complete" when the event after an import is one of the two; otherwise what
// is half done. The list repeats everyone already there with a new title and adds as many.
QString importOutcome(const EventAudit& audit, const QHash<QString, PersonState>& before,
                      const QList<Registration>& list)
{
    int listTitles = 0;
    for (const Registration& row : list) {
        const auto now = audit.people.constFind(row.code);
        if (now != audit.people.cend() && now->title == row.title)
            ++listTitles;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (audit.people.value(it.key()).checkedIn != it->checkedIn)
            return QStringLiteral("the import changed the check-in of %1").arg(it.key());
    }
    if (audit.people.size() == before.size() && listTitles == 0)
        return QStringLiteral("unchanged");
    if (audit.people.size() == list.size() && listTitles == list.size())
        return QStringLiteral("complete");
    return QStringLiteral("half an import: %1 people (%2 before, %3 in the list), %4 rows of the "
                          "list applied")
        .arg(audit.people.size())
        .arg(before.size())
        .arg(list.size())
        .arg(listTitles);
}

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestDurability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkInsSurviveKills();
    void importIsAllOrNothing();
    void saveCopyIsAllOrNothing();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // One stream per scenario, so that replaying a seed replays each scenario alone too.
    QRandomGenerator random(quint32 scenario) const
    {
        return QRandomGenerator(m_seed ^ (scenario * 0x9E3779B9u));
    }

    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    int m_kills = 50;
    int m_sideKills = 10;
};

void TestDurability::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(childProgram()), DURABILITY_CHILD);
    bool seeded = false;
    m_seed = quint32(qEnvironmentVariable("ENTRE_DURABILITY_SEED").toUInt(&seeded));
    if (!seeded)
        m_seed = QRandomGenerator::system()->generate();
    m_kills = environmentNumber("ENTRE_DURABILITY_KILLS", 50);
    m_sideKills = std::max(10, m_kills / 5);
    qInfo("seed %u (replay with ENTRE_DURABILITY_SEED=%u); %d kills while checking in, %d while "
          "importing, %d while saving a copy",
          m_seed, m_seed, m_kills, m_sideKills, m_sideKills);
}

void TestDurability::checkInsSurviveKills()
{
    QRandomGenerator rng = random(1);
    const QString csv = path(QStringLiteral("checkin.csv"));
    const auto written = writeRegistrationCsv(
        csv, generatedRegistrations(1, eventSize, QStringLiteral("Handläggare")));
    QVERIFY2(written.ok(), qPrintable(written.error().message));

    QElapsedTimer clock;
    clock.start();
    QString event;
    QSet<QString> committed; // codes whose check-in is known to be in the file
    qsizetype remaining = 0;
    int startMs = 50; // how long the child takes to open the event, as last seen
    // Kills fall within about 150 check-ins after "ready", however fast the disk ticks.
    int tickWindowMs = 400;
    int events = 0, kills = 0, killsWhileStarting = 0, printed = 0, unprinted = 0, runs = 0,
        staleLocks = 0, emptyLocks = 0;
    while (kills < m_kills) {
        if (remaining < 100) {
            event = path(QStringLiteral("checkin-%1.entre").arg(++events));
            auto created = createEventFromCsv(event, QStringLiteral("Durability"), csv);
            QVERIFY2(created.ok(), qPrintable(created.error().message));
            committed.clear();
            remaining = eventSize;
        }
        // Most kills land while ticking; one in five while the child starts and opens the file.
        const KillPlan plan =
            rng.bounded(5) == 0
                ? KillPlan{KillPlan::From::Start, int(rng.bounded(startMs * 5 / 4 + 1))}
                : KillPlan{KillPlan::From::Ready, int(rng.bounded(tickWindowMs))};
        const ChildRun run = runChild(
            childProgram(),
            {QStringLiteral("checkin"), event, QStringLiteral("desk %1").arg(++runs)}, plan);
        QVERIFY2(run.pid != 0, qPrintable(run.errors));
        QVERIFY2(run.killed || run.finishedCleanly(),
                 qPrintable(QStringLiteral("the child failed on its own: ") + run.errors));
        if (run.readyMs >= 0)
            startMs = run.readyMs;
        const QStringList codes = run.reported();
        if (run.killed && codes.size() > 10 && plan.from == KillPlan::From::Ready)
            tickWindowMs = std::clamp(int(plan.afterMs * 150 / codes.size()), 20, 1000);
        if (run.killed) {
            ++kills;
            killsWhileStarting += run.ready ? 0 : 1;
        }
        staleLocks += run.killed && run.ready ? 1 : 0;
        // Killed between creating its lock file and writing its pid into it.
        const QFileInfo lockFile(event + QStringLiteral(".lock"));
        emptyLocks += run.killed && lockFile.exists() && lockFile.size() == 0 ? 1 : 0;

        std::unique_ptr<EventStore> store;
        EventAudit audit;
        const QString problem = reopenAfterKill(event, run, store, audit);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QSet<QString> ticked = audit.checkedIn();
        for (const QString& code : codes) {
            QVERIFY2(ticked.contains(code),
                     qPrintable(QStringLiteral("reported check-in of %1 lost after kill %2")
                                    .arg(code)
                                    .arg(kills)));
            QVERIFY2(!committed.contains(code),
                     qPrintable(QStringLiteral("%1 was checked in twice").arg(code)));
            committed.insert(code);
        }
        for (const QString& code : std::as_const(committed))
            QVERIFY2(ticked.contains(code),
                     qPrintable(QStringLiteral("check-in of %1 lost").arg(code)));
        // Only the check-in in flight may be committed without having been reported.
        const QSet<QString> unreported = ticked - committed;
        QVERIFY2(unreported.size() <= (run.killed ? 1 : 0),
                 qPrintable(QStringLiteral("%1 check-ins nobody reported").arg(unreported.size())));
        printed += int(codes.size());
        unprinted += int(unreported.size());
        committed = ticked;

        remaining = eventSize - committed.size();
        if (remaining == 0)
            continue; // the child ticked everyone: on to a new event
        auto next = nextCheckIn(*store, QStringLiteral("parent"));
        QVERIFY2(next.ok(), qPrintable(QStringLiteral("next check-in: ") + next.error().message));
        committed.insert(next.value());
        --remaining;
    }
    qInfo("check-in: %d kills (%d while starting) in %d runs over %d events of %d; %d check-ins "
          "reported and found, %d committed but killed before reporting; %d stale locks and %d "
          "empty lock files taken over; %.1f s",
          kills, killsWhileStarting, runs, events, eventSize, printed, unprinted, staleLocks,
          emptyLocks, double(clock.elapsed()) / 1000.0);
}

void TestDurability::importIsAllOrNothing()
{
    QRandomGenerator rng = random(2);
    const QString baseCsv = path(QStringLiteral("import-base.csv"));
    const QString listCsv = path(QStringLiteral("import-list.csv"));
    const QString base = path(QStringLiteral("import-base.entre"));
    // The list repeats the 1,000 people already there with a new title and adds 1,000.
    const QList<Registration> list =
        generatedRegistrations(1, eventSize, QStringLiteral("Strateg"));
    QVERIFY(writeRegistrationCsv(
                baseCsv, generatedRegistrations(1, eventSize / 2, QStringLiteral("Handläggare")))
                .ok());
    QVERIFY(writeRegistrationCsv(listCsv, list).ok());
    QHash<QString, PersonState> before;
    {
        auto store = createEventFromCsv(base, QStringLiteral("Durability"), baseCsv);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        for (int i = 0; i < 20; ++i)
            QVERIFY(nextCheckIn(*store.value(), QStringLiteral("desk")).ok());
        auto audit = auditEvent(store.value()->database());
        QVERIFY(audit.ok());
        before = audit->people;
    }

    QElapsedTimer clock;
    clock.start();
    int workMs = 0, kills = 0, unchanged = 0, complete = 0, finished = 0;
    for (int round = 0; kills < m_sideKills; ++round) {
        const QString event = path(QStringLiteral("import-%1.entre").arg(round));
        const QString copied = copyClosedEvent(base, event);
        QVERIFY2(copied.isEmpty(), qPrintable(copied));
        // The first run goes to the end and times the import; the kills fall within that time.
        std::optional<KillPlan> plan;
        if (round > 0)
            plan = KillPlan{KillPlan::From::Ready, killMoment(rng, workMs)};
        const ChildRun run =
            runChild(childProgram(), {QStringLiteral("import"), event, listCsv}, plan);
        QVERIFY2(run.killed || run.finishedCleanly(), qPrintable(run.errors));
        if (run.finishedCleanly()) { // the latest undisturbed time, as the load changes
            workMs = run.workMs();
            QVERIFY(workMs >= 0);
        }
        kills += run.killed ? 1 : 0;
        finished += run.killed ? 0 : 1;

        std::unique_ptr<EventStore> store;
        EventAudit audit;
        const QString problem = reopenAfterKill(event, run, store, audit);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString outcome = importOutcome(audit, before, list);
        QVERIFY2(outcome == QLatin1String("unchanged") || outcome == QLatin1String("complete"),
                 qPrintable(outcome));
        QVERIFY2(!(run.finishedCleanly() && outcome == QLatin1String("unchanged")),
                 "the import finished but the event is unchanged");
        if (run.killed)
            (outcome == QLatin1String("complete") ? complete : unchanged) += 1;
        QVERIFY(nextCheckIn(*store, QStringLiteral("parent")).ok());
    }
    qInfo("import of %lld rows into %lld people (%d ms): %d kills left the event unchanged, %d "
          "fully imported; %d runs ended before their kill; %.1f s",
          qint64(list.size()), qint64(before.size()), workMs, unchanged, complete, finished,
          double(clock.elapsed()) / 1000.0);
}

void TestDurability::saveCopyIsAllOrNothing()
{
    QRandomGenerator rng = random(3);
    const QString csv = path(QStringLiteral("copy.csv"));
    const QString oldCsv = path(QStringLiteral("copy-old.csv"));
    const QString source = path(QStringLiteral("copy-source.entre"));
    const QString old = path(QStringLiteral("copy-old.entre"));
    const QString target = path(QStringLiteral("copy-target.entre"));
    QVERIFY(
        writeRegistrationCsv(csv, generatedRegistrations(1, eventSize, QStringLiteral("Strateg")))
            .ok());
    QVERIFY(writeRegistrationCsv(oldCsv, generatedRegistrations(9001, 50, QStringLiteral("Gammal")))
                .ok());
    EventAudit sourceAudit;
    {
        auto store = createEventFromCsv(source, QStringLiteral("Durability source"), csv);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        for (int i = 0; i < 30; ++i)
            QVERIFY(nextCheckIn(*store.value(), QStringLiteral("desk")).ok());
        auto audit = auditEvent(store.value()->database());
        QVERIFY(audit.ok());
        sourceAudit = audit.value();
        QVERIFY(createEventFromCsv(old, QStringLiteral("Old copy"), oldCsv).ok());
    }
    const QByteArray oldDigest = fileDigest(old);

    QElapsedTimer clock;
    clock.start();
    int workMs = 0, kills = 0, oldKept = 0, newCopy = 0, finished = 0, partsLeft = 0;
    for (int round = 0; kills < m_sideKills; ++round) {
        const QString copied = copyClosedEvent(old, target);
        QVERIFY2(copied.isEmpty(), qPrintable(copied));
        QFile::remove(target + QStringLiteral(".part"));
        // As for the import; the source stays locked by each killed child, and the next child
        // must take that stale lock over by itself.
        std::optional<KillPlan> plan;
        if (round > 0)
            plan = KillPlan{KillPlan::From::Ready, killMoment(rng, workMs)};
        const ChildRun run =
            runChild(childProgram(), {QStringLiteral("copy"), source, target}, plan);
        QVERIFY2(run.killed || run.finishedCleanly(), qPrintable(run.errors));
        if (run.finishedCleanly()) { // the latest undisturbed time, as the load changes
            workMs = run.workMs();
            QVERIFY(workMs >= 0);
        }
        kills += run.killed ? 1 : 0;
        finished += run.killed ? 0 : 1;
        partsLeft += QFile::exists(target + QStringLiteral(".part")) ? 1 : 0;

        QVERIFY2(QFile::exists(target), "Save a Copy is not atomic: a kill left no target at all");
        const bool untouched = fileDigest(target) == oldDigest;
        QVERIFY2(!(untouched && run.finishedCleanly()), "the copy finished but the target is old");
        auto store = EventStore::open(target);
        QVERIFY2(store.ok(),
                 qPrintable(QStringLiteral("the target after a kill: ") + store.error().message));
        auto audit = auditEvent(store.value()->database());
        QVERIFY(audit.ok());
        QVERIFY2(audit->soundnessProblem().isEmpty(), qPrintable(audit->soundnessProblem()));
        if (untouched) {
            QCOMPARE(audit->eventName, QStringLiteral("Old copy"));
            QCOMPARE(audit->people.size(), 50);
            oldKept += run.killed ? 1 : 0;
        } else {
            QCOMPARE(audit->eventName, sourceAudit.eventName);
            QCOMPARE(audit->people.size(), sourceAudit.people.size());
            QCOMPARE(audit->checkedIn(), sourceAudit.checkedIn());
            newCopy += run.killed ? 1 : 0;
        }
        QVERIFY(nextCheckIn(*store.value(), QStringLiteral("parent")).ok());
    }
    // The last child may have been killed holding the source's lock.
    auto reopened = EventStore::open(source);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    qInfo("save a copy of %lld people (%d ms): %d kills left the old target, %d a complete new "
          "copy; %d runs ended before their kill; %d partial files left beside it; %.1f s",
          qint64(sourceAudit.people.size()), workMs, oldKept, newCopy, finished, partsLeft,
          double(clock.elapsed()) / 1000.0);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
