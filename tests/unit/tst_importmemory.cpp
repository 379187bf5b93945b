// The import's memory stays bounded: a long list is read a piece at a time and written as it is
// read, so the process's peak resident memory stays far below what holding the rows would take.
// Alone in its executable, so that the peak is this import's and nothing else's.
#include "import/registrationimporter.h"
#include "store/eventstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace entre;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

double peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

class TestImportMemory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longListImportsInBoundedMemory();
};

void TestImportMemory::longListImportsInBoundedMemory()
{
    if (sanitized)
        QSKIP("AddressSanitizer's shadow memory is not the import's");
    // 250,000 people, about 30 MB of text. Held whole and decoded, as the import once did, they
    // took over 900 MB; read and written as they come, the import needs the index of who was
    // seen (a few dozen bytes a person) and SQLite's page cache.
    constexpr int people = 250000;
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("long.csv"));
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "Förnamn;Efternamn;E-post;Organisation;Befattning;Specialkost;Kod\r\n");
        QByteArray rows;
        for (int i = 0; i < people; ++i) {
            rows += "Åsa;Hägglund" + QByteArray::number(i % 997) + ";asa.hagglund" +
                    QByteArray::number(i) + "@example.se;" +
                    (i % 3 ? "Umeå kommun" : "Region Västerbotten") +
                    ";Digitaliseringsstrateg;Vegetarisk;R" + QByteArray::number(1000000 + i) +
                    "\r\n";
            if (rows.size() > 1 << 20) {
                QCOMPARE(file.write(rows), rows.size());
                rows.clear();
            }
        }
        QCOMPARE(file.write(rows), rows.size());
    }
    const double before = peakResidentMegabytes();
    auto store = EventStore::create(dir.filePath(QStringLiteral("event.entre")),
                                    {QStringLiteral("Memory"), QDate(2026, 6, 15), {}});
    QVERIFY(store);
    RegistrationImporter importer(*store.value());
    auto report = importer.run(list);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->added, people);
    const double peak = peakResidentMegabytes();
    qInfo("peak resident memory: %.0f MB before the import, %.0f MB after %d people", before, peak,
          people);
    QVERIFY2(peak - before < 150.0,
             qPrintable(QStringLiteral("the import grew the peak by %1 MB").arg(peak - before)));
}

QTEST_GUILESS_MAIN(TestImportMemory)
#include "tst_importmemory.moc"
