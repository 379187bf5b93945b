#include "event/event.h"
#include "import/spreadsheetreader.h"
#include "reports/attendeeexport.h"
#include "reports/xlsxwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// .xlsx exports, read back with the importer's own workbook reader: Swedish text, quotes and
// delimiters intact, formulas neutralised as in CSV, the same columns as the CSV lists, and files
// only their owner can read.
class TestXlsxExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void formulasNeutralised();
    void unsafeCharactersAndSheetName();
    void listsHaveTheCsvColumns();
    void eventListWrittenOwnerOnly();

private:
    QList<QStringList> readBack(const QByteArray& workbook, QStringList* sheetNames = nullptr);

    QTemporaryDir m_dir;
    int m_count = 0;
};

namespace {

Attendee person(const QString& first, const QString& last, const QString& organisation,
                bool arrived)
{
    Attendee attendee;
    attendee.firstName = first;
    attendee.lastName = last;
    attendee.organisation = organisation;
    attendee.organisationType = OrganisationType::Municipality;
    if (arrived) {
        attendee.checkedInAt = QDateTime(QDate(2026, 6, 15), QTime(7, 12), Qt::UTC);
        attendee.checkedInStation = QStringLiteral("Disk 1");
    }
    return attendee;
}

} // namespace

QList<QStringList> TestXlsxExport::readBack(const QByteArray& workbook, QStringList* sheetNames)
{
    const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(workbook) != workbook.size())
        return {};
    file.close();
    auto sheet = SpreadsheetReader::read(path);
    if (!sheet) {
        qWarning() << sheet.error().message;
        return {};
    }
    if (sheetNames)
        *sheetNames = sheet->sheetNames;
    QList<QStringList> rows;
    for (const TextRecord& record : sheet->rows)
        rows.append(record.cells);
    return rows;
}

void TestXlsxExport::roundTrip()
{
    const QStringList header{QStringLiteral("Namn"), QStringLiteral("Organisation")};
    const QList<QStringList> rows{
        {QStringLiteral("Åsa Öberg"), QStringLiteral("Umeå kommun")},
        {QStringLiteral("Märta \"Mia\" Ärlig"), QStringLiteral("Region; Västerbotten, Norr")},
        {QStringLiteral("Lo <Åman> & co"), QStringLiteral("  två rader\nmed mellanslag ")}};
    const QByteArray bytes = xlsxWorkbook(QStringLiteral("Deltagare"), header, rows);
    QVERIFY(bytes.startsWith("PK"));
    QStringList sheets;
    const QList<QStringList> back = readBack(bytes, &sheets);
    QCOMPARE(sheets, QStringList{QStringLiteral("Deltagare")});
    QCOMPARE(back, QList<QStringList>{header} + rows);
}

void TestXlsxExport::formulasNeutralised()
{
    const QStringList values{QStringLiteral("=HYPERLINK(\"http://x\")"),
                             QStringLiteral("+1"),
                             QStringLiteral("-2"),
                             QStringLiteral("@SUM(A1)"),
                             QStringLiteral("\tcmd"),
                             QStringLiteral("Anna-Lena")};
    const QList<QStringList> back =
        readBack(xlsxWorkbook(QStringLiteral("Blad"), {QStringLiteral("=Rubrik")}, {values}));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0], QStringList{QStringLiteral("'=Rubrik")});
    QCOMPARE(back[1],
             (QStringList{QStringLiteral("'=HYPERLINK(\"http://x\")"), QStringLiteral("'+1"),
                          QStringLiteral("'-2"), QStringLiteral("'@SUM(A1)"),
                          QStringLiteral("'\tcmd"), QStringLiteral("Anna-Lena")}));
    // The formula is a string cell, not a formula: no <f> element anywhere.
    QVERIFY(!xlsxWorkbook(QStringLiteral("Blad"), {}, {values}).contains("<f>"));
}

void TestXlsxExport::unsafeCharactersAndSheetName()
{
    const QString control = QStringLiteral("Bell") + QChar(7) + QStringLiteral("end");
    QStringList sheets;
    const QList<QStringList> back =
        readBack(xlsxWorkbook(QStringLiteral("No-shows: [2026/06]? and a name far too long"),
                              {QStringLiteral("A")}, {{control}}),
                 &sheets);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[1].value(0),
             QStringLiteral("Bell") + QChar(QChar::ReplacementCharacter) + QStringLiteral("end"));
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets[0], QStringLiteral("No-shows 202606 and a name far"));
    QVERIFY(sheets[0].size() <= 31);
}

void TestXlsxExport::listsHaveTheCsvColumns()
{
    const QList<Attendee> people{
        person(QStringLiteral("Åsa"), QStringLiteral("Öberg"), QStringLiteral("Umeå kommun"), true),
        person(QStringLiteral("=Emil"), QStringLiteral("Ärlig"), QStringLiteral("Skellefteå"),
               false)};
    const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
    for (AttendeeList list : {AttendeeList::Attendance, AttendeeList::NoShows}) {
        const AttendeeTable table = attendeeTable(list, people, zone);
        const QList<QStringList> back = readBack(attendeeListXlsx(list, people, zone));
        QCOMPARE(back.size(), table.rows.size() + 1);
        QCOMPARE(back[0], table.header);
        QCOMPARE(back.last().value(0), QStringLiteral("'=Emil Ärlig"));
    }
    const QList<QStringList> attendance =
        readBack(attendeeListXlsx(AttendeeList::Attendance, people, zone));
    QCOMPARE(attendance[1].value(4), QStringLiteral("2026-06-15 09:12:00"));
    QCOMPARE(readBack(attendeeListXlsx(AttendeeList::NoShows, people, zone)).size(), 2);
}

void TestXlsxExport::eventListWrittenOwnerOnly()
{
    auto event = Event::create(m_dir.filePath(QStringLiteral("event.entre")),
                               {QStringLiteral("Kick-off"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    AttendeeDetails details;
    details.firstName = QStringLiteral("Örjan");
    details.lastName = QStringLiteral("Nygren");
    details.organisation = QStringLiteral("Umeå kommun");
    QVERIFY(event.value()->addWalkIn(details));
    const QString path = m_dir.filePath(QStringLiteral("attendance.xlsx"));
    auto written = exportAttendeeListXlsx(*event.value(), AttendeeList::Attendance, path);
    QVERIFY2(written, qPrintable(written.error().message));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto sheet = SpreadsheetReader::read(path);
    QVERIFY2(sheet, qPrintable(sheet.error().message));
    QCOMPARE(sheet->rows.size(), 2);
    QCOMPARE(sheet->rows[1].cells.value(0), QStringLiteral("Örjan Nygren"));
    // A folder that is not there: a clear error and no file.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/attendance.xlsx"));
    QVERIFY(!exportAttendeeListXlsx(*event.value(), AttendeeList::NoShows, nowhere));
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
