#include "event/event.h"
#include "import/csvparser.h"
#include "import/rejectedrowscsv.h"
#include "reports/attendeeexport.h"
#include "reports/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// CSV exports people open in Excel: the bytes, formulas kept from running, Swedish text, quotes
// and delimiters read back by the project's own parser, and files only their owner can read.
class TestCsvExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodingAndLineEnds();
    void commaOnRequest();
    void formulaNeutralised_data();
    void formulaNeutralised();
    void harmlessTextUnchanged();
    void rejectedRowsNeutralised();
    void roundTrip_data();
    void roundTrip();
    void attendanceAndNoShows();
    void writtenOwnerOnly();
    void overwriteMadePrivate();
    void failedWriteLeavesNoFile();
};

namespace {

const QByteArray bom("\xEF\xBB\xBF");

Attendee person(const QString& first, const QString& last, const QString& organisation)
{
    Attendee attendee;
    attendee.firstName = first;
    attendee.lastName = last;
    attendee.organisation = organisation;
    attendee.organisationType = OrganisationType::Municipality;
    return attendee;
}

QList<QStringList> parsed(const QByteArray& bytes, QChar delimiter)
{
    const auto records = CsvParser::parse(QString::fromUtf8(bytes.mid(bom.size())), delimiter);
    if (!records)
        return {};
    QList<QStringList> rows;
    for (const TextRecord& record : records.value())
        rows.append(record.cells);
    return rows;
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser;
}

} // namespace

void TestCsvExport::encodingAndLineEnds()
{
    const QByteArray bytes =
        csvwriter::document({{QStringLiteral("Namn"), QStringLiteral("Ort")},
                             {QStringLiteral("Åsa Öberg"), QStringLiteral("Umeå")}});
    QVERIFY(bytes.startsWith(bom));
    QCOMPARE(bytes.mid(bom.size()), QByteArray("Namn;Ort\r\n"
                                               "\xC3\x85sa \xC3\x96"
                                               "berg;Ume\xC3\xA5\r\n"));
}

void TestCsvExport::commaOnRequest()
{
    const QByteArray bytes =
        csvwriter::document({{QStringLiteral("Lind; Berg"), QStringLiteral("Umeå, IT")}}, u',');
    QCOMPARE(bytes.mid(bom.size()), QByteArray("\"Lind; Berg\",\"Ume\xC3\xA5, IT\"\r\n"));
}

void TestCsvExport::formulaNeutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\";\"A\")")
                       << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"A\"\")\"");
    QTest::newRow("+") << QStringLiteral("+46 90 123") << QStringLiteral("'+46 90 123");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
}

void TestCsvExport::formulaNeutralised()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(csvwriter::field(value), field);
    // In a whole export the person's text still shows, after the quote.
    const QByteArray bytes =
        attendeeListCsv(AttendeeList::Attendance, {person(value, QStringLiteral("Ek"), value)});
    const QList<QStringList> rows = parsed(bytes, u';');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][0], u'\'' + value + QStringLiteral(" Ek"));
    QCOMPARE(rows[1][1], u'\'' + value);
}

void TestCsvExport::harmlessTextUnchanged()
{
    for (const QString& value : {QStringLiteral("Anna-Karin"), QStringLiteral("Ek = Lind"),
                                 QStringLiteral("a@b.se"), QStringLiteral("'quoted")})
        QCOMPARE(csvwriter::neutralised(value), value);
    QCOMPARE(csvwriter::neutralised(QString()), QString());
}

void TestCsvExport::rejectedRowsNeutralised()
{
    const QByteArray bytes =
        rejectedRowsCsv({{7, QStringLiteral("=cmd|'/C calc'!A0")}, {9, QStringLiteral("No name")}});
    QVERIFY(bytes.startsWith(bom));
    const QList<QStringList> rows = parsed(bytes, u';');
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1], (QStringList{QStringLiteral("7"), QStringLiteral("'=cmd|'/C calc'!A0")}));
    QCOMPARE(rows[2], (QStringList{QStringLiteral("9"), QStringLiteral("No name")}));
}

void TestCsvExport::roundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("comma") << QChar(u',');
}

void TestCsvExport::roundTrip()
{
    QFETCH(QChar, delimiter);
    const QList<QStringList> rows{
        {QStringLiteral("Åsa Öberg"), QStringLiteral("Örnsköldsviks kommun")},
        {QStringLiteral("Kalle \"Kula\" Ähl"), QStringLiteral("Lind; Berg, AB")},
        {QStringLiteral("Två\r\nrader"), QStringLiteral("\"")},
        {QString(), QStringLiteral("Märta")},
    };
    QCOMPARE(parsed(csvwriter::document(rows, delimiter), delimiter), rows);
}

void TestCsvExport::attendanceAndNoShows()
{
    Attendee arrived =
        person(QStringLiteral("Åsa"), QStringLiteral("Öberg"), QStringLiteral("Umeå kommun"));
    arrived.checkedInAt = QDateTime(QDate(2026, 6, 15), QTime(6, 42, 10), Qt::UTC);
    arrived.checkedInStation = QStringLiteral("Desk 1");
    const Attendee missing = person(QStringLiteral("Kim"), QStringLiteral("Ek"), QString());
    const QTimeZone stockholm("Europe/Stockholm");

    const QList<QStringList> all = parsed(
        attendeeListCsv(AttendeeList::Attendance, {arrived, missing}, u';', stockholm), u';');
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].size(), 6);
    QCOMPARE(all[1], (QStringList{QStringLiteral("Åsa Öberg"), QStringLiteral("Umeå kommun"),
                                  organisationTypeLabel(OrganisationType::Municipality),
                                  QStringLiteral("Yes"), QStringLiteral("2026-06-15 08:42:10"),
                                  QStringLiteral("Desk 1")}));
    QCOMPARE(all[2], (QStringList{QStringLiteral("Kim Ek"), QString(), QString(),
                                  QStringLiteral("No"), QString(), QString()}));

    const QList<QStringList> noShows =
        parsed(attendeeListCsv(AttendeeList::NoShows, {arrived, missing}), u';');
    QCOMPARE(noShows.size(), 2);
    QCOMPARE(noShows[1], (QStringList{QStringLiteral("Kim Ek"), QString(), QString()}));
}

void TestCsvExport::writtenOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto event = Event::create(dir.filePath(QStringLiteral("e.entre")),
                               {QStringLiteral("Uppstart"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    QFile input(list);
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("Förnamn;Efternamn;Organisation\nÅsa;Öberg;Umeå kommun\nKim;Ek;Trafikverket\n");
    input.close();
    QVERIFY(event.value()->import(list));
    const auto people = event.value()->attendees();
    QVERIFY(people);
    QVERIFY(event.value()->checkIn(people->first().id));

    const QString out = dir.filePath(QStringLiteral("attendance.csv"));
    const auto written = exportAttendeeListCsv(*event.value(), AttendeeList::Attendance, out);
    QVERIFY2(written, qPrintable(written.error().message));
    QCOMPARE(QFile::permissions(out) & ~ownerOnly(), QFileDevice::Permissions());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parsed(file.readAll(), u';').size(), 3);

    const QString noShows = dir.filePath(QStringLiteral("no-shows.csv"));
    QVERIFY(exportAttendeeListCsv(*event.value(), AttendeeList::NoShows, noShows, u','));
    QCOMPARE(QFile::permissions(noShows) & ~ownerOnly(), QFileDevice::Permissions());
    QFile missing(noShows);
    QVERIFY(missing.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parsed(missing.readAll(), u',');
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[1][0] != people->first().fullName());
}

void TestCsvExport::overwriteMadePrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(
        QFile::setPermissions(path, ownerOnly() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(csvwriter::writePrivateFile(path, "new"));
    QCOMPARE(QFile::permissions(path) & ~ownerOnly(), QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("new"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.csv")});
}

void TestCsvExport::failedWriteLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/folder/out.csv"));
    const auto written = csvwriter::writePrivateFile(path, "x");
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
