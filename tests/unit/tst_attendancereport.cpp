#include "reports/attendancereport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// The funder's attendance list: its lines (grouping, order, counts) and the PDF read back with
// pdftotext (header, every page numbered, the time it was generated).
class TestAttendanceReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupedByTypeThenOrganisationInSwedishOrder();
    void countsAndSubtotals();
    void pdfReadBack();
};

namespace {

Attendee person(const QString& first, const QString& last, const QString& organisation,
                OrganisationType type, int arrivedAtMinute = -1)
{
    Attendee attendee;
    attendee.firstName = first;
    attendee.lastName = last;
    attendee.organisation = organisation;
    attendee.organisationType = type;
    if (arrivedAtMinute >= 0)
        attendee.checkedInAt = QDateTime(QDate(2026, 6, 15), QTime(7, arrivedAtMinute), Qt::UTC);
    return attendee;
}

QList<Attendee> people()
{
    using T = OrganisationType;
    return {person(QStringLiteral("Kim"), QStringLiteral("Ek"), QStringLiteral("Trafikverket"),
                   T::Agency, 5),
            person(QStringLiteral("Åsa"), QStringLiteral("Öberg"), QStringLiteral("Umeå kommun"),
                   T::Municipality, 12),
            person(QStringLiteral("Emil"), QStringLiteral("Ärlig"), QStringLiteral("Umeå kommun"),
                   T::Municipality),
            person(QStringLiteral("Olle"), QStringLiteral("Zander"), QStringLiteral("Umeå kommun"),
                   T::Municipality, 30),
            person(QStringLiteral("Lo"), QStringLiteral("Åman"), QStringLiteral("Åsele kommun"),
                   T::Municipality),
            person(QStringLiteral("Per"), QStringLiteral("Berg"),
                   QStringLiteral("Arjeplogs kommun"), T::Municipality, 1),
            person(QStringLiteral("Anna"), QStringLiteral("Nord"),
                   QStringLiteral("Region Västerbotten"), T::Region),
            person(QStringLiteral("Nils"), QStringLiteral("Utan"), QString(), T::Other)};
}

QStringList linesOf(ReportLine::Kind kind, const QList<ReportLine>& lines)
{
    QStringList texts;
    for (const ReportLine& line : lines) {
        if (line.kind == kind)
            texts.append(line.text);
    }
    return texts;
}

} // namespace

void TestAttendanceReport::groupedByTypeThenOrganisationInSwedishOrder()
{
    const QList<ReportLine> lines =
        attendanceReportLines(people(), QTimeZone(QByteArrayLiteral("Europe/Stockholm")));
    QCOMPARE(linesOf(ReportLine::Kind::Type, lines),
             (QStringList{organisationTypeLabel(OrganisationType::Municipality),
                          organisationTypeLabel(OrganisationType::Region),
                          organisationTypeLabel(OrganisationType::Agency),
                          organisationTypeLabel(OrganisationType::Other)}));
    QCOMPARE(linesOf(ReportLine::Kind::Organisation, lines),
             (QStringList{QStringLiteral("Arjeplogs kommun"), QStringLiteral("Umeå kommun"),
                          QStringLiteral("Åsele kommun"), QStringLiteral("Region Västerbotten"),
                          QStringLiteral("Trafikverket"), QStringLiteral("(no organisation)")}));
    QCOMPARE(linesOf(ReportLine::Kind::Person, lines),
             (QStringList{QStringLiteral("Berg, Per"), QStringLiteral("Zander, Olle"),
                          QStringLiteral("Ärlig, Emil"), QStringLiteral("Öberg, Åsa"),
                          QStringLiteral("Åman, Lo"), QStringLiteral("Nord, Anna"),
                          QStringLiteral("Ek, Kim"), QStringLiteral("Utan, Nils")}));
    // Check-in times in local time; a dash for those who did not come.
    for (const ReportLine& line : lines) {
        if (line.text == QStringLiteral("Öberg, Åsa"))
            QCOMPARE(line.detail, QStringLiteral("09:12"));
        if (line.text == QStringLiteral("Ärlig, Emil"))
            QCOMPARE(line.detail, QStringLiteral("–"));
    }
}

void TestAttendanceReport::countsAndSubtotals()
{
    const QList<ReportLine> lines = attendanceReportLines(people());
    QMap<QString, QString> detail;
    for (const ReportLine& line : lines) {
        if (line.kind != ReportLine::Kind::Person)
            detail.insert(line.text, line.detail);
    }
    QCOMPARE(detail.value(QStringLiteral("Umeå kommun")),
             QStringLiteral("3 registered, 2 arrived"));
    QCOMPARE(detail.value(QStringLiteral("Åsele kommun")),
             QStringLiteral("1 registered, 0 arrived"));
    const QString municipality = organisationTypeLabel(OrganisationType::Municipality);
    QCOMPARE(detail.value(municipality), QStringLiteral("5 registered, 3 arrived"));
    QCOMPARE(detail.value(QStringLiteral("Total, ") + municipality),
             QStringLiteral("5 registered, 3 arrived"));
    QCOMPARE(lines.last().kind, ReportLine::Kind::Total);
    QCOMPARE(lines.last().detail, QStringLiteral("8 registered, 4 arrived"));
}

void TestAttendanceReport::pdfReadBack()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Enough people for several pages.
    QList<Attendee> many = people();
    for (int i = 0; i < 120; ++i) {
        many.append(person(
            QStringLiteral("Person"), QStringLiteral("Nummer %1").arg(i, 3, 10, QLatin1Char('0')),
            QStringLiteral("Skellefteå kommun"), OrganisationType::Municipality, i % 2 ? 20 : -1));
    }
    const QByteArray pdf = attendanceReportPdf(
        {QStringLiteral("Digitala Västerbotten"), QDate(2026, 6, 15), QStringLiteral("Lycksele")},
        many, QDateTime(QDate(2026, 6, 15), QTime(17, 5)));
    QVERIFY(pdf.startsWith("%PDF"));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    process.write(pdf);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(text));
    QVERIFY(pages[0].contains(QStringLiteral("Attendance list")));
    QVERIFY(pages[0].contains(QStringLiteral("Digitala Västerbotten")));
    QVERIFY(pages[0].contains(QStringLiteral("Lycksele")));
    QVERIFY(pages[0].contains(QStringLiteral("2026")));
    for (int page = 0; page < pages.size(); ++page) {
        QVERIFY2(
            pages[page].contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())),
            qPrintable(pages[page]));
        QVERIFY(pages[page].contains(QStringLiteral("Generated at 2026-06-15 17:05")));
    }
    QVERIFY(text.contains(QStringLiteral("125 registered, 63 arrived")));
    QVERIFY(text.contains(QStringLiteral("128 registered, 64 arrived")));
    // Å, Ä, Ö after Z in the text as printed too.
    QVERIFY(text.indexOf(QStringLiteral("Zander, Olle")) < text.indexOf(QStringLiteral("Ärlig")));
    QVERIFY(text.indexOf(QStringLiteral("Ärlig")) < text.indexOf(QStringLiteral("Öberg")));
    // The arrivals chart after the list, with its legend and times along its axis (local time).
    const QString last = pages.last();
    QVERIFY2(last.contains(QStringLiteral("Arrivals over time")), qPrintable(last));
    QVERIFY(last.contains(QStringLiteral("Check-ins per 10 min")));
    QVERIFY(last.contains(QStringLiteral("100 %")));
    QVERIFY(text.indexOf(QStringLiteral("Arrivals over time")) >
            text.indexOf(QStringLiteral("128 registered, 64 arrived")));
}

QTEST_MAIN(TestAttendanceReport)
#include "tst_attendancereport.moc"
