// Reading registration lists: encodings, delimiters, quoting, header rows and languages.
#include "import/csvparser.h"
#include "import/importlimits.h"
#include "import/importrow.h"
#include "import/registrationtable.h"
#include "import/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;
using ImportLimits::Limit;

class TestImportReading : public QObject {
    Q_OBJECT

private:
    static QString dataFile(const QString& name)
    {
        return QDir(qEnvironmentVariable("ENTRE_TEST_DATA"))
            .filePath(QStringLiteral("import/") + name);
    }

private Q_SLOTS:
    void readsEveryFormat_data();
    void readsEveryFormat();
    void mapsHeaders_data();
    void mapsHeaders();
    void parsesCsvRecords_data();
    void parsesCsvRecords();
    void refusesUnreadableFiles_data();
    void refusesUnreadableFiles();
    void honoursExplicitOptions();
    void readsSampleExports();
    void readsSpreadsheetCells();
    void readsASingleColumn();
    void repairsDamagedText_data();
    void repairsDamagedText();
    void refusesFilesOverLimits_data();
    void refusesFilesOverLimits();
    void refusesLargeTextOverLimits_data();
    void refusesLargeTextOverLimits();
    void readsTheLastCellOfASheet();
    void numbersRepeatedHeaders();
};

void TestImportReading::readsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QList<int>>("rowLines");
    QTest::addColumn<QString>("thirdDiet");

    const QList<int> plain = {2, 3, 4};
    const QString diet = QStringLiteral("Glutenfri – ej nötter");
    QTest::newRow("utf-8 bom ; crlf")
        << QStringLiteral("utf8-bom-semicolon.csv") << QStringLiteral("UTF-8")
        << QStringLiteral(";") << 1 << plain << diet;
    QTest::newRow("utf-8 ; lf") << QStringLiteral("utf8-semicolon-lf.csv")
                                << QStringLiteral("UTF-8") << QStringLiteral(";") << 1 << plain
                                << diet;
    QTest::newRow("windows-1252") << QStringLiteral("windows1252-semicolon.csv")
                                  << QStringLiteral("Windows-1252") << QStringLiteral(";") << 1
                                  << plain << diet;
    QTest::newRow("utf-16le tab") << QStringLiteral("utf16le-tab.txt") << QStringLiteral("UTF-16LE")
                                  << QStringLiteral("\t") << 1 << plain << diet;
    QTest::newRow("utf-16be tab") << QStringLiteral("utf16be-tab.txt") << QStringLiteral("UTF-16BE")
                                  << QStringLiteral("\t") << 1 << plain << diet;
    QTest::newRow("utf-16le without bom")
        << QStringLiteral("utf16le-nobom-tab.txt") << QStringLiteral("UTF-16LE")
        << QStringLiteral("\t") << 1 << plain << diet;
    QTest::newRow("cr only ,") << QStringLiteral("cr-only-comma.csv") << QStringLiteral("UTF-8")
                               << QStringLiteral(",") << 1 << plain
                               << QStringLiteral("Glutenfri, ej nötter");
    QTest::newRow("pipe") << QStringLiteral("pipe.csv") << QStringLiteral("UTF-8")
                          << QStringLiteral("|") << 1 << plain << diet;
    QTest::newRow("quoted newlines")
        << QStringLiteral("quoted.csv") << QStringLiteral("UTF-8") << QStringLiteral(",") << 1
        << QList<int>{2, 3, 6} << QStringLiteral("Glutenfri, ej nötter");
    QTest::newRow("title rows") << QStringLiteral("title-rows.csv") << QStringLiteral("UTF-8")
                                << QStringLiteral(";") << 4 << QList<int>{5, 7, 8} << diet;
    QTest::newRow("english") << QStringLiteral("english-comma.csv") << QStringLiteral("UTF-8")
                             << QStringLiteral(",") << 1 << plain << diet;
    QTest::newRow("web form") << QStringLiteral("webform.csv") << QStringLiteral("UTF-8")
                              << QStringLiteral(";") << 1 << plain << diet;
    QTest::newRow("last, first") << QStringLiteral("fullname-lastfirst.csv")
                                 << QStringLiteral("UTF-8") << QStringLiteral(";") << 1 << plain
                                 << diet;
    QTest::newRow("xlsx") << QStringLiteral("workbook.xlsx") << QStringLiteral("")
                          << QStringLiteral("") << 3 << QList<int>{4, 5, 7} << QStringLiteral("");
    QTest::newRow("ods") << QStringLiteral("workbook.ods") << QStringLiteral("")
                         << QStringLiteral("") << 1 << QList<int>{4, 5} << QStringLiteral("");
}

void TestImportReading::readsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, headerRow);
    QFETCH(QList<int>, rowLines);
    QFETCH(QString, thirdDiet);

    auto table = RegistrationTable::read(dataFile(file));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->headerRow, headerRow);
    QList<int> lines;
    for (const TextRecord& row : table->rows)
        lines.append(row.line);
    QCOMPARE(lines, rowLines);

    const QStringList expectedNames = {QStringLiteral("Åsa|Hägglund"),
                                       QStringLiteral("Örjan|Lindström"),
                                       QStringLiteral("Zoë|Öberg")};
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const ImportRow row = importRowFrom(table.value(), table->rows.at(i));
        QCOMPARE(row.line, rowLines.at(i));
        QCOMPARE(row.details.firstName + QLatin1Char('|') + row.details.lastName,
                 expectedNames.at(i));
    }
    const ImportRow second = importRowFrom(table.value(), table->rows.at(1));
    QCOMPARE(second.details.organisation, QStringLiteral("VLL"));
    if (!thirdDiet.isEmpty()) {
        QCOMPARE(importRowFrom(table.value(), table->rows.at(0)).details.email,
                 QStringLiteral("asa.hagglund@umea.example.se"));
        QCOMPARE(importRowFrom(table.value(), table->rows.at(2)).details.diet, thirdDiet);
    }
}

void TestImportReading::mapsHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // field=header

    QTest::newRow("swedish") << QStringLiteral("utf8-bom-semicolon.csv")
                             << QStringList{QStringLiteral("diet=Specialkost"),
                                            QStringLiteral("email=E-post"),
                                            QStringLiteral("first_name=Förnamn"),
                                            QStringLiteral("last_name=Efternamn"),
                                            QStringLiteral("organisation=Organisation"),
                                            QStringLiteral("title=Befattning")};
    QTest::newRow("english") << QStringLiteral("english-comma.csv")
                             << QStringList{QStringLiteral("code=Attendee #"),
                                            QStringLiteral("diet=Dietary Requirements"),
                                            QStringLiteral("email=Email Address"),
                                            QStringLiteral("first_name=First Name"),
                                            QStringLiteral("last_name=Surname"),
                                            QStringLiteral("organisation=Company"),
                                            QStringLiteral("phone=Mobile"),
                                            QStringLiteral("title=Job Title")};
    QTest::newRow("web form")
        << QStringLiteral("webform.csv")
        << QStringList{QStringLiteral("diet=Har du några allergier eller behov av specialkost?"),
                       QStringLiteral("email=E-postadress"), QStringLiteral("full_name=Namn"),
                       QStringLiteral("organisation=Vilken organisation representerar du?"),
                       QStringLiteral("title=Vad är din roll?")};
    QTest::newRow("last, first") << QStringLiteral("fullname-lastfirst.csv")
                                 << QStringList{QStringLiteral("diet=Allergier"),
                                                QStringLiteral("email=Mejl"),
                                                QStringLiteral("full_name=Namn"),
                                                QStringLiteral("organisation=Arbetsplats"),
                                                QStringLiteral("title=Titel")};
    QTest::newRow("xlsx") << QStringLiteral("workbook.xlsx")
                          << QStringList{QStringLiteral("code=Biljettnummer"),
                                         QStringLiteral("email=E-post"),
                                         QStringLiteral("first_name=Förnamn"),
                                         QStringLiteral("last_name=Efternamn"),
                                         QStringLiteral("organisation=Organisation"),
                                         QStringLiteral("phone=Telefon")};
}

void TestImportReading::mapsHeaders()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    auto table = RegistrationTable::read(dataFile(file));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QStringList actual;
    for (auto it = table->mapping.cbegin(); it != table->mapping.cend(); ++it)
        actual.append(it.key() + QLatin1Char('=') + it.value());
    QCOMPARE(actual, expected);
}

void TestImportReading::parsesCsvRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // records joined by "/" and cells by "|"

    QTest::newRow("plain") << QStringLiteral("a;b\nc;d") << QStringLiteral("a|b/c|d");
    QTest::newRow("doubled quotes")
        << QStringLiteral("\"say \"\"hi\"\"\";x") << QStringLiteral("say \"hi\"|x");
    QTest::newRow("newline in quotes")
        << QStringLiteral("\"a\nb\";c\r\nd;e") << QStringLiteral("a\nb|c/d|e");
    QTest::newRow("crlf and cr") << QStringLiteral("a;b\r\nc;d\re;f\r\n")
                                 << QStringLiteral("a|b/c|d/e|f");
    QTest::newRow("trailing empty") << QStringLiteral("a;b;;\n") << QStringLiteral("a|b||");
    QTest::newRow("stray quote kept") << QStringLiteral("O\"Neil;x") << QStringLiteral("O\"Neil|x");
    QTest::newRow("unterminated quote")
        << QStringLiteral("\"open;x\ny") << QStringLiteral("open;x\ny");
    QTest::newRow("spaces trimmed unquoted")
        << QStringLiteral(" a ; \" b \" ") << QStringLiteral("a| b ");
}

void TestImportReading::parsesCsvRecords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QStringList records;
    const auto parsed = CsvParser::parse(text, u';');
    QVERIFY(parsed.ok());
    for (const TextRecord& record : parsed.value())
        records.append(record.cells.join(u'|'));
    QCOMPARE(records.join(u'/'), expected);
}

void TestImportReading::refusesUnreadableFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("empty");
    QTest::newRow("binary") << QStringLiteral("binary.csv") << QStringLiteral("binary");
    QTest::newRow("truncated xlsx")
        << QStringLiteral("truncated.xlsx") << QStringLiteral("damaged");
    QTest::newRow("missing") << QStringLiteral("no-such-file.csv") << QStringLiteral("Cannot read");
}

void TestImportReading::refusesUnreadableFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    auto table = RegistrationTable::read(dataFile(file));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, ErrorKind::BadInput);
    QVERIFY2(table.error().message.contains(reason), qPrintable(table.error().message));
}

void TestImportReading::honoursExplicitOptions()
{
    ImportOptions options;
    options.encoding = QStringLiteral("windows-1252");
    options.delimiter = u';';
    options.mapping = {{QStringLiteral("title"), QString()},
                       {QStringLiteral("notes"), QStringLiteral("befattning")}};
    auto table =
        RegistrationTable::read(dataFile(QStringLiteral("windows1252-semicolon.csv")), options);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->encoding, QStringLiteral("Windows-1252"));
    QVERIFY(!table->mapping.contains(QStringLiteral("title")));
    QCOMPARE(table->mapping.value(QStringLiteral("notes")), QStringLiteral("Befattning"));
    QCOMPARE(importRowFrom(table.value(), table->rows.at(0)).details.notes,
             QStringLiteral("Utvecklingsledare"));

    // UTF-8 forced on Windows-1252 bytes is refused, not garbled.
    options.encoding = QStringLiteral("UTF-8");
    QVERIFY(
        !RegistrationTable::read(dataFile(QStringLiteral("windows1252-semicolon.csv")), options));
    options.encoding.clear();
    options.mapping = {{QStringLiteral("email"), QStringLiteral("No such column")}};
    auto missing =
        RegistrationTable::read(dataFile(QStringLiteral("utf8-semicolon-lf.csv")), options);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("No such column")));
    options.mapping = {{QStringLiteral("shoe_size"), QStringLiteral("E-post")}};
    QVERIFY(!RegistrationTable::read(dataFile(QStringLiteral("utf8-semicolon-lf.csv")), options));
}

void TestImportReading::readsSampleExports()
{
    const QDir samples(qEnvironmentVariable("ENTRE_TEST_DATA") + QStringLiteral("/samples"));
    for (const QString& name : {QStringLiteral("digitala-vasterbotten-2016.csv"),
                                QStringLiteral("digitala-vasterbotten-2016.xlsx")}) {
        auto table = RegistrationTable::read(samples.filePath(name));
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rows.size(), 148);
        QVERIFY(table->mapping.contains(QStringLiteral("first_name")));
        QVERIFY(table->mapping.contains(QStringLiteral("last_name")));
        QVERIFY(table->mapping.contains(QStringLiteral("email")));
        QVERIFY(table->mapping.contains(QStringLiteral("organisation")));
        QVERIFY(!table->mapping.values().contains(QStringLiteral("Anmäld")));
        const ImportRow first = importRowFrom(table.value(), table->rows.first());
        QCOMPARE(first.details.firstName, QStringLiteral("Mikael"));
        QCOMPARE(first.details.extra.value(QStringLiteral("Anmäld")).toString(),
                 QStringLiteral("2016-05-19 22:29"));
    }
}

void TestImportReading::readsSpreadsheetCells()
{
    auto table = RegistrationTable::read(dataFile(QStringLiteral("workbook.xlsx")));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->sheetNames,
             (QStringList{QStringLiteral("Anmälningar"), QStringLiteral("Reserver")}));
    const ImportRow asa = importRowFrom(table.value(), table->rows.at(0));
    QCOMPARE(asa.details.code, QStringLiteral("1001"));
    QCOMPARE(asa.details.phone, QStringLiteral("46701234567"));
    QCOMPARE(asa.details.extra.value(QStringLiteral("Anmäld")).toString(),
             QStringLiteral("2016-05-19 12:00"));
    const ImportRow orjan = importRowFrom(table.value(), table->rows.at(1));
    QVERIFY(orjan.details.email.isEmpty());
    QCOMPARE(orjan.details.extra.value(QStringLiteral("Anmäld")).toString(),
             QStringLiteral("2016-05-20"));

    ImportOptions second;
    second.sheet = 1;
    auto reserves = RegistrationTable::read(dataFile(QStringLiteral("workbook.xlsx")), second);
    QVERIFY2(reserves.ok(), qPrintable(reserves.error().message));
    QCOMPARE(reserves->rows.size(), 1);
    const ImportRow per = importRowFrom(reserves.value(), reserves->rows.at(0));
    QCOMPARE(per.details.lastName, QStringLiteral("Holm"));
    QCOMPARE(per.details.organisation, QStringLiteral("Malå"));
    second.sheet = 5;
    QVERIFY(!RegistrationTable::read(dataFile(QStringLiteral("workbook.xlsx")), second));

    auto ods = RegistrationTable::read(dataFile(QStringLiteral("workbook.ods")));
    QVERIFY2(ods.ok(), qPrintable(ods.error().message));
    QCOMPARE(importRowFrom(ods.value(), ods->rows.at(0)).details.code, QStringLiteral("1001"));
    QCOMPARE(importRowFrom(ods.value(), ods->rows.at(1)).details.code,
             QStringLiteral("2016-06-15"));
}

void TestImportReading::readsASingleColumn()
{
    auto table = RegistrationTable::read(dataFile(QStringLiteral("single-column.csv")));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->headers, QStringList{QStringLiteral("Namn")});
    QCOMPARE(table->mapping.value(QStringLiteral("full_name")), QStringLiteral("Namn"));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(importRowFrom(table.value(), table->rows.at(2)).details.lastName,
             QStringLiteral("Öberg"));
}

void TestImportReading::repairsDamagedText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("nuls");

    // One Windows-1252 byte must not turn every å ä ö of a UTF-8 file into mojibake.
    QTest::newRow("invalid utf-8")
        << QStringLiteral("invalid-utf8.csv") << 4 << QStringLiteral("\uFFFDberg")
        << QStringLiteral("invalid characters in Efternamn") << 1 << 0;
    QTest::newRow("nul bytes") << QStringLiteral("nul-bytes.csv") << 3
                               << QStringLiteral("Lindström")
                               << QStringLiteral("NUL characters removed from Efternamn") << 0 << 2;
}

void TestImportReading::repairsDamagedText()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QString, lastName);
    QFETCH(QString, summary);
    QFETCH(int, invalid);
    QFETCH(int, nuls);

    auto table = RegistrationTable::read(dataFile(file));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(table->rows.size(), 3);
    const ImportRow first = importRowFrom(table.value(), table->rows.at(0));
    QCOMPARE(first.details.firstName + QLatin1Char(' ') + first.details.lastName,
             QStringLiteral("Åsa Hägglund"));
    QCOMPARE(first.details.organisation, QStringLiteral("Umeå kommun"));
    const ImportRow damaged = importRowFrom(table.value(), table->rows.at(row - 2));
    QCOMPARE(damaged.line, row);
    QCOMPARE(damaged.details.lastName, lastName);

    const auto fields = table->damagedFields();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().row, row);
    QCOMPARE(fields.first().header, QStringLiteral("Efternamn"));
    QCOMPARE(fields.first().description(), summary);
    QCOMPARE(table->invalidCharacters, qsizetype(invalid));
    QCOMPARE(table->nulBytesRemoved, qsizetype(nuls));
}

void TestImportReading::refusesFilesOverLimits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Limit>("limit");

    QTest::newRow("ods text:s text:c") << QStringLiteral("ods-spaces.ods") << Limit::FieldChars;
    QTest::newRow("ods repeated rows") << QStringLiteral("ods-repeated-rows.ods") << Limit::Rows;
    QTest::newRow("ods repeated columns")
        << QStringLiteral("ods-repeated-columns.ods") << Limit::Columns;
    QTest::newRow("ods cells") << QStringLiteral("ods-cells.ods") << Limit::Cells;
    QTest::newRow("xlsx run of text") << QStringLiteral("xlsx-long-run.xlsx") << Limit::XmlRunBytes;
    QTest::newRow("xlsx attributes")
        << QStringLiteral("xlsx-attributes.xlsx") << Limit::XmlAttributes;
    QTest::newRow("xlsx long string")
        << QStringLiteral("xlsx-long-string.xlsx") << Limit::FieldChars;
    QTest::newRow("xlsx shared strings")
        << QStringLiteral("xlsx-shared-strings.xlsx") << Limit::SharedStrings;
    QTest::newRow("xlsx column past XFD") << QStringLiteral("xlsx-column.xlsx") << Limit::Columns;
    QTest::newRow("xlsx row past 1048576") << QStringLiteral("xlsx-row.xlsx") << Limit::Rows;
    QTest::newRow("xlsx cell styles") << QStringLiteral("xlsx-styles.xlsx") << Limit::CellStyles;
    QTest::newRow("xlsx sheets") << QStringLiteral("xlsx-sheets.xlsx") << Limit::Sheets;
    QTest::newRow("zip entries") << QStringLiteral("zip-entries.xlsx") << Limit::ZipEntries;
    QTest::newRow("csv columns") << QStringLiteral("csv-columns.csv") << Limit::Columns;
}

void TestImportReading::refusesFilesOverLimits()
{
    QFETCH(QString, file);
    QFETCH(Limit, limit);
    auto table = RegistrationTable::read(dataFile(QStringLiteral("limits/") + file));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, ErrorKind::BadInput);
    QCOMPARE(table.error().message, ImportLimits::overLimit(limit).message);
}

void TestImportReading::refusesLargeTextOverLimits_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("repeated");
    QTest::addColumn<qint64>("times");
    QTest::addColumn<Limit>("limit");

    const QByteArray header = "Förnamn;Efternamn\n";
    QTest::newRow("rows") << header << QByteArray("Åsa;Hägglund\n") << qint64(ImportLimits::rows)
                          << Limit::Rows;
    QTest::newRow("field") << header + "Åsa;" << QByteArray("H")
                           << qint64(ImportLimits::fieldChars + 1) << Limit::FieldChars;
    // Refused by its size alone: the file is sparse and never read.
    QTest::newRow("file size") << header << QByteArray() << qint64(0) << Limit::TextFileBytes;
}

void TestImportReading::refusesLargeTextOverLimits()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, repeated);
    QFETCH(qint64, times);
    QFETCH(Limit, limit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("large.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(head);
    if (repeated.isEmpty())
        QVERIFY(file.resize(ImportLimits::textFileBytes + 1));
    else
        file.write(repeated.repeated(times));
    file.close();
    auto table = RegistrationTable::read(file.fileName());
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message, ImportLimits::overLimit(limit).message);
}

void TestImportReading::readsTheLastCellOfASheet()
{
    auto table = RegistrationTable::read(dataFile(QStringLiteral("limits/xlsx-last-cell.xlsx")));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->headerRow, ImportLimits::rows);
    QCOMPARE(table->headers.size(), ImportLimits::columns);
    QCOMPARE(table->headers.constLast(), QStringLiteral("Namn"));
    QVERIFY(table->rows.isEmpty());
}

void TestImportReading::numbersRepeatedHeaders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("repeats.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const int repeats = ImportLimits::columns;
    file.write("Namn" + QByteArray(";Namn").repeated(repeats - 1) + "\nÅsa Hägglund\n");
    file.close();
    auto table = RegistrationTable::read(file.fileName());
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->headers.size(), repeats);
    QCOMPARE(table->headers.at(1), QStringLiteral("Namn (2)"));
    QCOMPARE(table->headers.constLast(), QStringLiteral("Namn (%1)").arg(repeats));
    QCOMPARE(table->mapping.value(QStringLiteral("full_name")), QStringLiteral("Namn"));
}

QTEST_GUILESS_MAIN(TestImportReading)
#include "tst_importreading.moc"
