#include "event/event.h"
#include "pdftext.h"
#include "reports/noshowreport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// The no-show list: only those who did not arrive, grouped as the attendance list, with how many
// of each organisation, type and the event did not come; the PDF read back with pdftotext.
class TestNoShowReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyNoShowsGroupedWithCounts();
    void everyoneCame();
    void pdfReadBack();
    void exportedOwnerOnly();
};

namespace {

Attendee person(const QString& first, const QString& last, const QString& organisation,
                OrganisationType type, bool arrived)
{
    Attendee attendee;
    attendee.firstName = first;
    attendee.lastName = last;
    attendee.organisation = organisation;
    attendee.organisationType = type;
    if (arrived)
        attendee.checkedInAt = QDateTime(QDate(2026, 6, 15), QTime(7, 5), Qt::UTC);
    return attendee;
}

QList<Attendee> people()
{
    using T = OrganisationType;
    const QString umea = QStringLiteral("Umeå kommun");
    return {person(QStringLiteral("Kim"), QStringLiteral("Ek"), QStringLiteral("Trafikverket"),
                   T::Agency, true),
            person(QStringLiteral("Åsa"), QStringLiteral("Öberg"), umea, T::Municipality, false),
            person(QStringLiteral("Emil"), QStringLiteral("Ärlig"), umea, T::Municipality, false),
            person(QStringLiteral("Olle"), QStringLiteral("Zander"), umea, T::Municipality, true),
            person(QStringLiteral("Lo"), QStringLiteral("Åman"), QStringLiteral("Åsele kommun"),
                   T::Municipality, false),
            person(QStringLiteral("Per"), QStringLiteral("Berg"),
                   QStringLiteral("Arjeplogs kommun"), T::Municipality, true),
            person(QStringLiteral("Anna"), QStringLiteral("Nord"),
                   QStringLiteral("Region Västerbotten"), T::Region, false)};
}

QString linesText(const QList<ReportLine>& lines)
{
    QStringList texts;
    for (const ReportLine& line : lines)
        texts.append(line.detail.isEmpty() ? line.text : line.text + u'|' + line.detail);
    return texts.join(u'\n');
}

} // namespace

void TestNoShowReport::onlyNoShowsGroupedWithCounts()
{
    const QString municipality = organisationTypeLabel(OrganisationType::Municipality);
    const QString region = organisationTypeLabel(OrganisationType::Region);
    // Arjeplog and Trafikverket came in full: neither is listed, nor are the agencies.
    QCOMPARE(
        linesText(noShowReportLines(people())),
        QStringList(
            {municipality + QStringLiteral("|3 of 5 did not arrive"),
             QStringLiteral("Umeå kommun|2 of 3 did not arrive"), QStringLiteral("Ärlig, Emil"),
             QStringLiteral("Öberg, Åsa"), QStringLiteral("Åsele kommun|1 of 1 did not arrive"),
             QStringLiteral("Åman, Lo"),
             QStringLiteral("Total, ") + municipality + QStringLiteral("|3 of 5 did not arrive"),
             region + QStringLiteral("|1 of 1 did not arrive"),
             QStringLiteral("Region Västerbotten|1 of 1 did not arrive"),
             QStringLiteral("Nord, Anna"),
             QStringLiteral("Total, ") + region + QStringLiteral("|1 of 1 did not arrive"),
             QStringLiteral("Total|4 of 7 did not arrive")})
            .join(u'\n'));
}

void TestNoShowReport::everyoneCame()
{
    QList<Attendee> all = people();
    for (Attendee& attendee : all)
        attendee.checkedInAt = QDateTime(QDate(2026, 6, 15), QTime(7, 0), Qt::UTC);
    const QList<ReportLine> lines = noShowReportLines(all);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].detail, QStringLiteral("0 of 7 did not arrive"));
}

void TestNoShowReport::pdfReadBack()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QList<Attendee> many = people();
    for (int i = 0; i < 90; ++i) {
        many.append(person(
            QStringLiteral("Person"), QStringLiteral("Nummer %1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("Skellefteå kommun"), OrganisationType::Municipality, i % 3 == 0));
    }
    const QStringList pages = pdfPages(noShowReportPdf(
        {QStringLiteral("Digitala Västerbotten"), QDate(2026, 6, 15), QStringLiteral("Lycksele")},
        many, QDateTime(QDate(2026, 6, 15), QTime(17, 5))));
    QVERIFY2(pages.size() >= 2, qPrintable(pages.join(u'\f')));
    QVERIFY(pages[0].contains(QStringLiteral("No-show list")));
    QVERIFY(pages[0].contains(QStringLiteral("Digitala Västerbotten")));
    QVERIFY(pages[0].contains(QStringLiteral("Lycksele")));
    for (qsizetype page = 0; page < pages.size(); ++page) {
        QVERIFY(
            pages[page].contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())));
        QVERIFY(pages[page].contains(QStringLiteral("Generated at 2026-06-15 17:05")));
    }
    const QString text = pages.join(u'\f');
    QVERIFY(text.contains(QStringLiteral("60 of 90 did not arrive")));
    QVERIFY(text.contains(QStringLiteral("64 of 97 did not arrive")));
    QVERIFY(text.contains(QStringLiteral("Nummer 01")));
    QVERIFY(!text.contains(QStringLiteral("Nummer 00")));
    QVERIFY(!text.contains(QStringLiteral("Zander")));
    QVERIFY(!text.contains(QStringLiteral("Trafikverket")));
    QVERIFY(text.indexOf(QStringLiteral("Ärlig, Emil")) < text.indexOf(QStringLiteral("Öberg")));
}

void TestNoShowReport::exportedOwnerOnly()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto event = Event::create(dir.filePath(QStringLiteral("event.entre")),
                               {QStringLiteral("Kick-off"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    QVERIFY(event.value()->import([&] {
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QFile list(path);
        if (list.open(QIODevice::WriteOnly))
            list.write("Förnamn;Efternamn;Organisation\n"
                       "Åsa;Lindgren;Region Västerbotten\n"
                       "Börje;Salming;Region Västerbotten\n");
        return path;
    }()));
    QVERIFY(event.value()->checkIn(event.value()->attendees()->value(0).id));
    const QString path = dir.filePath(QStringLiteral("no-shows.pdf"));
    auto written = exportNoShowReportPdf(*event.value(), path);
    QVERIFY2(written, qPrintable(written.error().message));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = pdfPages(file.readAll()).join(u'\f');
    QVERIFY(text.contains(QStringLiteral("1 of 2 did not arrive")));
    // Lindgren comes first in Swedish order and was checked in.
    QVERIFY(text.contains(QStringLiteral("Salming, Börje")));
    QVERIFY(!text.contains(QStringLiteral("Lindgren")));
}

QTEST_MAIN(TestNoShowReport)
#include "tst_noshowreport.moc"
