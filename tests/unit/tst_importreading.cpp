// Reading registration lists: encodings, delimiters, quoting, header rows and languages.
#include "import/csvparser.h"
#include "import/importrow.h"
#include "import/registrationtable.h"
#include "import/textdecoder.h"

#include <QDir>
#include <QTest>

using namespace entre;

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
    for (const TextRecord& record : CsvParser::parse(text, u';'))
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

QTEST_GUILESS_MAIN(TestImportReading)
#include "tst_importreading.moc"
