// The soak run of several desks: three desks, each an Event on its own file with its own
// DeskLink (its own thread and server connection), share a generated event through a real
// PostgreSQL 15 started here. They check people in in turn while the server is stopped now and
// then for a few seconds, and the run reports how long each check-in took to show at the other
// two desks: for those made and delivered while the server was up (goal: under 2 s) and for all.
// At the end every desk must hold the same arrivals, nothing lost or doubled.
// bench_desks [--checkins N] [--smoke]
#include "../unit/throwawaypostgres.h"
#include "benchfigures.h"
#include "desks/desklink.h"
#include "event/event.h"
#include "searchbenchevent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <array>
#include <memory>

using namespace entre;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One check-in on its way: where it was made, when, and at which desks it has shown.
struct Travelling {
    QString code;
    int origin = 0;
    qint64 madeAt = 0; // ms on the run's clock
    bool madeOnline = true;
    std::array<qint64, 3> seenAt{{-1, -1, -1}};
};

struct Outage {
    qint64 from = 0;
    qint64 to = -1; // -1: still down
};

class Soak : public QObject {
public:
    Soak(std::array<Event*, 3> desks, ThrowawayPostgres* server, QStringList codes,
         int firstOutageMs)
        : m_desks(desks)
        , m_server(server)
        , m_codes(std::move(codes))
        , m_target(int(m_codes.size()))
        , m_firstOutageMs(firstOutageMs)
    {}

    void run();
    bool agree() const;
    void report() const;

private:
    void checkInNext();
    void look(int desk);
    void toggleServer();
    bool online(qint64 from, qint64 to) const;
    bool allSeen() const;

    std::array<Event*, 3> m_desks;
    ThrowawayPostgres* m_server;
    QStringList m_codes;
    int m_target;
    int m_firstOutageMs;
    int m_next = 0;
    QElapsedTimer m_clock;
    QList<Travelling> m_travelling;
    QList<Outage> m_outages;
    std::array<std::unique_ptr<DeskLink>, 3> m_links;
};

void Soak::run()
{
    m_clock.start();
    for (int d = 0; d < 3; ++d) {
        m_links[d] =
            std::make_unique<DeskLink>(m_desks[d], QString(), nullptr, std::chrono::seconds(1));
        connect(m_links[d].get(), &DeskLink::received, this, [this, d] { look(d); });
    }
    QTimer checkIns;
    connect(&checkIns, &QTimer::timeout, this, &Soak::checkInNext);
    checkIns.start(6);
    QTimer outages;
    outages.setSingleShot(true);
    connect(&outages, &QTimer::timeout, this, [&] {
        toggleServer();
        const bool down = !m_outages.isEmpty() && m_outages.constLast().to < 0;
        outages.start(down ? 1000 + int(QRandomGenerator::global()->bounded(2000))
                           : 4000 + int(QRandomGenerator::global()->bounded(5000)));
    });
    outages.start(m_firstOutageMs);
    QElapsedTimer idle;
    while (m_next < m_target || !allSeen()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (m_next >= m_target) {
            checkIns.stop();
            outages.stop();
            if (!m_outages.isEmpty() && m_outages.constLast().to < 0)
                toggleServer();
            if (!idle.isValid())
                idle.start();
            for (int d = 0; d < 3; ++d)
                look(d);
            if (idle.elapsed() > 120000)
                break;
        }
    }
    for (auto& link : m_links)
        link.reset();
}

void Soak::checkInNext()
{
    if (m_next >= m_target)
        return;
    const int desk = m_next % 3;
    const QString code = m_codes.at(m_next);
    ++m_next;
    auto person = m_desks[desk]->findByCode(code);
    if (!person || !person->has_value() || !m_desks[desk]->checkIn(person->value().id))
        return;
    Travelling entry{code,
                     desk,
                     m_clock.elapsed(),
                     m_outages.isEmpty() || m_outages.constLast().to >= 0,
                     {{-1, -1, -1}}};
    entry.seenAt[desk] = entry.madeAt;
    m_travelling.append(entry);
}

// What this desk shows now of the check-ins still on their way to it.
void Soak::look(int desk)
{
    const qint64 now = m_clock.elapsed();
    for (Travelling& entry : m_travelling) {
        if (entry.seenAt[desk] >= 0)
            continue;
        auto person = m_desks[desk]->findByCode(entry.code);
        if (person && person->has_value() && person->value().isCheckedIn())
            entry.seenAt[desk] = now;
    }
}

void Soak::toggleServer()
{
    if (!m_outages.isEmpty() && m_outages.constLast().to < 0) {
        m_server->start();
        m_outages.last().to = m_clock.elapsed();
        out() << "server back after " << (m_outages.last().to - m_outages.last().from) << " ms"
              << Qt::endl;
    } else {
        m_server->stop();
        m_outages.append({m_clock.elapsed(), -1});
        out() << "server stopped at " << m_outages.last().from / 1000 << " s, " << m_next
              << " check-ins made" << Qt::endl;
    }
}

// True when no outage overlapped the span.
bool Soak::online(qint64 from, qint64 to) const
{
    for (const Outage& outage : m_outages) {
        const qint64 end = outage.to < 0 ? std::numeric_limits<qint64>::max() : outage.to;
        if (outage.from <= to && end >= from)
            return false;
    }
    return true;
}

bool Soak::allSeen() const
{
    for (const Travelling& entry : m_travelling) {
        for (qint64 seen : entry.seenAt) {
            if (seen < 0)
                return false;
        }
    }
    return true;
}

bool Soak::agree() const
{
    QList<QList<Attendee>> arrived;
    for (Event* desk : m_desks) {
        auto list = desk->attendees(ArrivalFilter::Arrived);
        if (!list)
            return false;
        arrived.append(list.value());
    }
    for (int d = 1; d < 3; ++d) {
        if (arrived.at(d).size() != arrived.at(0).size())
            return false;
        for (qsizetype i = 0; i < arrived.at(0).size(); ++i) {
            if (arrived.at(d).at(i).code != arrived.at(0).at(i).code ||
                arrived.at(d).at(i).checkedInAt != arrived.at(0).at(i).checkedInAt)
                return false;
        }
    }
    return true;
}

void Soak::report() const
{
    QList<double> connected;
    QList<double> all;
    int missing = 0;
    for (const Travelling& entry : m_travelling) {
        for (int d = 0; d < 3; ++d) {
            if (d == entry.origin)
                continue;
            if (entry.seenAt[d] < 0) {
                ++missing;
                continue;
            }
            const double took = double(entry.seenAt[d] - entry.madeAt);
            all.append(took);
            if (online(entry.madeAt, entry.seenAt[d]))
                connected.append(took);
        }
    }
    out() << m_travelling.size() << " check-ins across 3 desks, " << m_outages.size()
          << " server outages; " << connected.size() << " arrivals at other desks while connected, "
          << all.size() << " in all, " << missing << " never arrived" << Qt::endl;
    using bench::percentile;
    using bench::printBenchLine;
    const QString goal = QStringLiteral("< 2000 ms while connected");
    printBenchLine(QStringLiteral("desks_connected_median"),
                   QStringLiteral("A check-in reaching the other desks, connected, median"),
                   percentile(connected, 0.5), QStringLiteral("—"), std::nullopt,
                   QStringLiteral("ms"), goal);
    printBenchLine(QStringLiteral("desks_connected_p99"),
                   QStringLiteral("A check-in reaching the other desks, connected, p99"),
                   percentile(connected, 0.99), QStringLiteral("—"), std::nullopt,
                   QStringLiteral("ms"), goal);
    printBenchLine(QStringLiteral("desks_outage_max"),
                   QStringLiteral("The same across server outages, longest wait"),
                   percentile(all, 1.0), QStringLiteral("—"), std::nullopt, QStringLiteral("ms"),
                   QStringLiteral("every check-in arrives"));
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    bench::useHomeIn(dir.path());
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("checkins"), QStringLiteral("Check-ins in all."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("smoke"), QStringLiteral("A short run: 300 check-ins, one outage.")});
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const int checkins = smoke ? 300 : parser.value(QStringLiteral("checkins")).toInt();

    ThrowawayPostgres server;
    if (!server.available()) {
        out() << "bench_desks needs PostgreSQL 15 (postgresql-15): " << server.why() << Qt::endl;
        return 1;
    }
    qputenv("PGPASSWORD", ThrowawayPostgres::password().toUtf8());
    const QString first = dir.filePath(QStringLiteral("desk1.entre"));
    const int people = checkins + checkins / 5 + 100;
    if (auto made = bench::createSearchBenchEvent(first, people); !made) {
        out() << made.error().message << Qt::endl;
        return 1;
    }
    std::array<std::unique_ptr<Event>, 3> desks;
    auto opened = Event::open(first);
    auto address = DeskAddress::parse(server.url());
    if (!opened || !address)
        return 1;
    desks[0] = std::move(opened).value();
    if (auto shared = desks[0]->publishToDesks(address.value()); !shared) {
        out() << shared.error().message << Qt::endl;
        return 1;
    }
    for (int d = 1; d < 3; ++d) {
        auto joined = Event::joinDesks(dir.filePath(QStringLiteral("desk%1.entre").arg(d + 1)),
                                       address.value());
        if (!joined) {
            out() << joined.error().message << Qt::endl;
            return 1;
        }
        desks[d] = std::move(joined).value();
    }
    auto missing = desks[0]->attendees(ArrivalFilter::Missing);
    if (!missing)
        return 1;
    QStringList codes;
    for (const Attendee& person : missing.value())
        codes.append(person.code);
    std::shuffle(codes.begin(), codes.end(), *QRandomGenerator::global());
    codes = codes.mid(0, checkins);

    Soak soak({desks[0].get(), desks[1].get(), desks[2].get()}, &server, codes, int(codes.size()));
    soak.run();
    soak.report();
    const bool agree = soak.agree();
    out() << (agree ? "every desk holds the same arrivals"
                    : "FAILED: the desks do not hold the same arrivals")
          << Qt::endl;
    return agree ? 0 : 1;
}
