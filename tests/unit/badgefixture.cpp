#include "badgefixture.h"

#include "store/attendeerepository.h"
#include "store/transaction.h"

#include <QFile>
#include <QStringList>

namespace entre::test {

QString sampleCsvPath()
{
    return qEnvironmentVariable("ENTRE_TEST_DATA") +
           QStringLiteral("/samples/digitala-vasterbotten-2016.csv");
}

QList<AttendeeDetails> readRegistrations(const QString& csvPath)
{
    QFile file(csvPath);
    QList<AttendeeDetails> people;
    if (!file.open(QIODevice::ReadOnly))
        return people;
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Förnamn;Efternamn;E-post;Organisation;Befattning;Specialkost;Anmäld[;Kod]
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).trimmed().split(QLatin1Char(';'));
        if (f.size() < 5)
            continue;
        AttendeeDetails d;
        d.firstName = f.at(0);
        d.lastName = f.at(1);
        d.email = f.at(2);
        d.organisation = f.at(3);
        d.title = f.at(4);
        d.diet = f.value(5);
        d.code = f.value(7);
        people.append(d);
    }
    return people;
}

Result<std::unique_ptr<EventStore>> makeBadgeEvent(const QString& path,
                                                   const QList<AttendeeDetails>& people)
{
    auto store = EventStore::create(path, {QStringLiteral("Digitala Västerbotten"),
                                           QDate(2026, 6, 15), QStringLiteral("Hotell Lappland")});
    if (!store)
        return store.error();
    const QList<AttendeeDetails> list =
        people.isEmpty() ? readRegistrations(sampleCsvPath()) : people;
    if (list.isEmpty())
        return badInput(QStringLiteral("No people to put in the event: is ENTRE_TEST_DATA set?"));
    {
        Transaction transaction(store.value()->database());
        AttendeeRepository repository(store.value()->database());
        for (const AttendeeDetails& details : list) {
            if (auto inserted = repository.insert(details); !inserted)
                return inserted.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return std::move(store.value());
}

} // namespace entre::test
