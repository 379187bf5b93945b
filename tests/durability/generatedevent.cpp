#include "generatedevent.h"

#include "import/registrationimporter.h"

#include <QFile>
#include <QStringList>

namespace entre::durability {
namespace {

const QStringList firstNames = {
    QStringLiteral("Anna"),  QStringLiteral("Åsa"),   QStringLiteral("Örjan"),
    QStringLiteral("Emil"),  QStringLiteral("Karin"), QStringLiteral("Lars"),
    QStringLiteral("Ulla"),  QStringLiteral("Per"),   QStringLiteral("Märta"),
    QStringLiteral("Björn"), QStringLiteral("Ylva"),  QStringLiteral("Zoë"),
    QStringLiteral("Sven")};
const QStringList lastNames = {
    QStringLiteral("Hägglund"),  QStringLiteral("Öberg"),    QStringLiteral("Lindgren"),
    QStringLiteral("Marklund"),  QStringLiteral("Vikström"), QStringLiteral("Åström"),
    QStringLiteral("Nygren"),    QStringLiteral("Sjöberg"),  QStringLiteral("Burman"),
    QStringLiteral("Rönnqvist"), QStringLiteral("Söderlund")};
const QStringList organisations = {
    QStringLiteral("Umeå kommun"),         QStringLiteral("Lycksele kommun"),
    QStringLiteral("Skellefteå kommun"),   QStringLiteral("Åsele kommun"),
    QStringLiteral("Region Västerbotten"), QStringLiteral("Umeå universitet"),
    QStringLiteral("Acme Data AB")};

} // namespace

QList<Registration> generatedRegistrations(int first, int count, const QString& title)
{
    QList<Registration> people;
    people.reserve(count);
    // Mixed radix over the name lists and organisations: everyone up to number 11,010 differs in
    // name or organisation, so the importer never takes two of them for one person.
    const int firsts = int(firstNames.size());
    const int lasts = int(lastNames.size());
    for (int n = first; n < first + count; ++n) {
        const int lastIndex = n / firsts;
        const int lastPair = lastIndex / lasts;
        people.append(
            {QStringLiteral("D%1").arg(n, 5, 10, QLatin1Char('0')), firstNames.at(n % firsts),
             lastNames.at(lastIndex % lasts) + QLatin1Char(' ') + lastNames.at(lastPair % lasts),
             QStringLiteral("person%1@example.se").arg(n),
             organisations.at((lastPair / lasts) % organisations.size()), title});
    }
    return people;
}

Result<void> writeRegistrationCsv(const QString& path, const QList<Registration>& people)
{
    QString text = QStringLiteral("Kod;Förnamn;Efternamn;E-post;Organisation;Befattning\n");
    for (const Registration& p : people) {
        text += QStringList{p.code, p.firstName, p.lastName, p.email, p.organisation, p.title}.join(
                    QLatin1Char(';')) +
                QLatin1Char('\n');
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0 ||
        !file.flush())
        return failed(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<std::unique_ptr<EventStore>> createEventFromCsv(const QString& eventPath,
                                                       const QString& name, const QString& csvPath)
{
    auto store = EventStore::create(eventPath, {name, QDate(2016, 6, 15), {}});
    if (!store)
        return store.error();
    auto report = RegistrationImporter(*store.value()).run(csvPath);
    if (!report)
        return report.error();
    if (!report->rejected.isEmpty())
        return failed(QStringLiteral("%1 rows of %2 rejected, first: %3")
                          .arg(report->rejected.size())
                          .arg(csvPath, report->rejected.first().reason));
    return std::move(store.value());
}

QString copyClosedEvent(const QString& from, const QString& to)
{
    if (QFile::exists(from + QStringLiteral("-wal")))
        return QStringLiteral("%1 has a write-ahead log beside it; it was not closed").arg(from);
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(to + QLatin1String(suffix));
    if (!QFile::copy(from, to))
        return QStringLiteral("cannot copy %1 to %2").arg(from, to);
    return {};
}

} // namespace entre::durability
