#include "searchbenchevent.h"

#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"
#include "store/transaction.h"

#include <QRandomGenerator>

#include <algorithm>

namespace entre::bench {
namespace {

const QStringList firstNames = {
    QStringLiteral("Anna"),     QStringLiteral("Åsa"),      QStringLiteral("Örjan"),
    QStringLiteral("Emil"),     QStringLiteral("Erik"),     QStringLiteral("Lars"),
    QStringLiteral("Karin"),    QStringLiteral("Maria"),    QStringLiteral("Anna-Karin"),
    QStringLiteral("Per"),      QStringLiteral("Ulla"),     QStringLiteral("Mikael"),
    QStringLiteral("Fredrik"),  QStringLiteral("Birgitta"), QStringLiteral("Zoë"),
    QStringLiteral("Linnea"),   QStringLiteral("Sara"),     QStringLiteral("Stefan"),
    QStringLiteral("Johan"),    QStringLiteral("Elin"),     QStringLiteral("Ingrid"),
    QStringLiteral("Gunnar"),   QStringLiteral("Helena"),   QStringLiteral("Jonas"),
    QStringLiteral("Kristina"), QStringLiteral("Magnus"),   QStringLiteral("Nils"),
    QStringLiteral("Oskar"),    QStringLiteral("Petra"),    QStringLiteral("Sven"),
    QStringLiteral("Tove"),     QStringLiteral("Ylva"),     QStringLiteral("Ängla"),
    QStringLiteral("Hanna"),    QStringLiteral("Lina"),     QStringLiteral("Mats"),
    QStringLiteral("Jan-Erik"), QStringLiteral("Märta"),    QStringLiteral("Björn"),
    QStringLiteral("Ebba")};
const QStringList lastNames = {QStringLiteral("Hägglund"),
                               QStringLiteral("Lindgren"),
                               QStringLiteral("Öberg"),
                               QStringLiteral("Nygren"),
                               QStringLiteral("Marklund"),
                               QStringLiteral("Olsson"),
                               QStringLiteral("Lundgren"),
                               QStringLiteral("Vikström"),
                               QStringLiteral("Stenlund"),
                               QStringLiteral("Andersson"),
                               QStringLiteral("Johansson"),
                               QStringLiteral("Karlsson"),
                               QStringLiteral("Nilsson"),
                               QStringLiteral("Eriksson"),
                               QStringLiteral("Larsson"),
                               QStringLiteral("Persson"),
                               QStringLiteral("Svensson"),
                               QStringLiteral("Gustafsson"),
                               QStringLiteral("Pettersson"),
                               QStringLiteral("Jonsson"),
                               QStringLiteral("Jansson"),
                               QStringLiteral("Hansson"),
                               QStringLiteral("Bengtsson"),
                               QStringLiteral("Lindberg"),
                               QStringLiteral("Sjöberg"),
                               QStringLiteral("Åström"),
                               QStringLiteral("Ågren"),
                               QStringLiteral("Wikström"),
                               QStringLiteral("Burman"),
                               QStringLiteral("Forsberg"),
                               QStringLiteral("Holmström"),
                               QStringLiteral("Lidström"),
                               QStringLiteral("Nordin"),
                               QStringLiteral("Sandberg"),
                               QStringLiteral("Berglund"),
                               QStringLiteral("Granström"),
                               QStringLiteral("Kristoffersson-Grönvall"),
                               QStringLiteral("Söderlund"),
                               QStringLiteral("Rönnqvist"),
                               QStringLiteral("Ödmark")};
const QStringList places = {
    QStringLiteral("Bjurholm"),    QStringLiteral("Dorotea"),    QStringLiteral("Lycksele"),
    QStringLiteral("Malå"),        QStringLiteral("Nordmaling"), QStringLiteral("Norsjö"),
    QStringLiteral("Robertsfors"), QStringLiteral("Skellefteå"), QStringLiteral("Sorsele"),
    QStringLiteral("Storuman"),    QStringLiteral("Umeå"),       QStringLiteral("Vilhelmina"),
    QStringLiteral("Vindeln"),     QStringLiteral("Vännäs"),     QStringLiteral("Åsele")};
const QStringList otherOrganisations = {
    QStringLiteral("Region Västerbotten"), QStringLiteral("Västerbottens läns landsting"),
    QStringLiteral("Umeå universitet"),    QStringLiteral("Länsstyrelsen Västerbotten"),
    QStringLiteral("Skatteverket"),        QStringLiteral("Acme Data AB")};

QString pick(QRandomGenerator& random, const QStringList& list)
{
    return list.at(random.bounded(static_cast<int>(list.size())));
}

QString emailPart(const QString& text)
{
    QString folded = text.toLower().normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded;
}

} // namespace

Result<void> createSearchBenchEvent(const QString& path, int people)
{
    auto store = EventStore::create(path, {QStringLiteral("Benchmark"), QDate(2026, 6, 15), {}});
    if (!store)
        return store.error();
    QSqlDatabase db = store.value()->database();
    QRandomGenerator random(2016);
    {
        Transaction transaction(db);
        AttendeeRepository attendees(db);
        for (int i = 0; i < people; ++i) {
            AttendeeDetails d;
            d.code = QStringLiteral("B%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            d.firstName = pick(random, firstNames);
            d.lastName = pick(random, lastNames);
            const bool municipality = random.bounded(4) != 0;
            const QString place = pick(random, places);
            d.organisation =
                municipality ? place + QStringLiteral(" kommun") : pick(random, otherOrganisations);
            d.email = emailPart(d.firstName) + QLatin1Char('.') + emailPart(d.lastName) +
                      QLatin1Char('@') + emailPart(place) + QStringLiteral(".example.se");
            if (auto id = attendees.insert(d); !id)
                return id.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    // Ticks are one transaction each, as at the desk; a few hundred show the ranking at work.
    CheckInService checkIns(db);
    for (int id = 1; id <= std::min(people, 2000); id += 5) {
        if (auto ticked = checkIns.checkIn(id, QStringLiteral("desk 1")); !ticked)
            return ticked.error();
    }
    return {};
}

QStringList typedQueries(int count)
{
    QRandomGenerator random(1966);
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        switch (i % 5) {
        case 0:
            queries.append(pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames));
            break;
        case 1:
            queries.append(emailPart(pick(random, lastNames)).left(5)); // "hagg", no accents
            break;
        case 2:
            queries.append(pick(random, lastNames) + QLatin1Char(' ') + pick(random, firstNames));
            break;
        case 3:
            queries.append(pick(random, firstNames).left(3) + QLatin1Char(' ') +
                           pick(random, places).left(3));
            break;
        default:
            queries.append(
                QStringLiteral("B%1").arg(random.bounded(1, 100000), 6, 10, QLatin1Char('0')));
        }
    }
    return queries;
}

} // namespace entre::bench
