// What reading a list a piece at a time and writing it in bulk could break: the parser's result
// wherever a piece ends, the search index after the bulk rebuild, and a cancel in the middle of a
// streamed import.
#include "import/csvparser.h"
#include "import/importrun.h"
#include "import/registrationimporter.h"
#include "import/rowsource.h"
#include "import/textdecoder.h"
#include "import/textfilereader.h"
#include "search/attendeesearch.h"
#include "store/attendeerepository.h"
#include "store/bulkattendeewriter.h"
#include "store/eventstore.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace entre;

namespace {

QString describe(const QList<TextRecord>& records)
{
    QStringList lines;
    for (const TextRecord& record : records) {
        QStringList damaged;
        for (const DamagedCell& cell : record.damaged)
            damaged.append(QStringLiteral("%1:%2").arg(cell.column).arg(int(cell.damage)));
        lines.append(QStringLiteral("%1 [%2] {%3}")
                         .arg(record.line)
                         .arg(record.cells.join(QStringLiteral("|")), damaged.join(u',')));
    }
    return lines.join(u'\n');
}

// The records of `text` fed to a stream in the pieces that `cuts` (ascending offsets) make.
QString streamed(const QString& text, const QList<qsizetype>& nuls, const QList<qsizetype>& cuts)
{
    QList<TextRecord> records;
    CsvParser::Stream stream(QChar(u';'), [&records](TextRecord&& record) {
        records.append(std::move(record));
        return true;
    });
    qsizetype from = 0;
    const QList<qsizetype> ends = cuts + QList<qsizetype>{text.size()};
    for (const qsizetype to : ends) {
        QList<qsizetype> inPiece;
        for (const qsizetype at : nuls) {
            // A NUL removed at a cut belongs to the piece after it, except at the very end.
            if ((at >= from && at < to) || (at == to && to == text.size() && at >= from))
                inPiece.append(at - from);
        }
        if (auto fed =
                stream.feed(QStringView(text).sliced(from, to - from), inPiece, to == text.size());
            !fed)
            return QStringLiteral("error: ") + fed.error().message;
        from = to;
    }
    return describe(records);
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A registration list of `count` people with codes, order numbers and Swedish letters, as an
// export writes it: UTF-8 with a byte order mark, ';' and CRLF. `changed` changes every
// changed-th person's title (0: none).
QByteArray generatedList(int count, int changed = 0)
{
    static const char* const first[] = {"Åsa", "Örjan", "Emil", "Anna-Karin", "Zoë", "Märta"};
    static const char* const last[] = {"Hägglund", "Öberg", "Lindgren", "Åström", "Nygren"};
    static const char* const organisations[] = {
        "Umeå kommun", "Region Västerbotten", "Skellefteå kommun", "Västerbottens läns landsting"};
    QByteArray bytes("\xEF\xBB\xBF"
                     "Förnamn;Efternamn;E-post;Organisation;Befattning;Kod;Ordernummer\r\n");
    for (int i = 0; i < count; ++i) {
        const QByteArray title = changed > 0 && i % changed == 0 ? "Ny titel" : "IT-strateg";
        bytes += QByteArray(first[i % 6]) + ';' + last[i % 5] + ';' + "person" +
                 QByteArray::number(i) + "@example.se;" + organisations[i % 4] + ';' + title +
                 ";R" + QByteArray::number(100000 + i) + ";\"O-" + QByteArray::number(i) + "\"\r\n";
    }
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList rowsOf(QSqlDatabase db, const QString& sql)
{
    QStringList rows;
    QSqlQuery query(sql, db);
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

// Counts how often the import reads the rows it is given.
class CountingRows final : public RowSource {
public:
    explicit CountingRows(QList<TextRecord> rows)
        : m_rows(std::move(rows))
    {}
    Result<bool> next(TextRecord& record) override
    {
        ++reads;
        return m_rows.next(record);
    }
    Result<void> rewind() override
    {
        ++rewinds;
        return m_rows.rewind();
    }
    qint64 size() const override { return m_rows.size(); }
    std::atomic<int> reads = 0;
    std::atomic<int> rewinds = 0;

private:
    ListRows m_rows;
};

} // namespace

class TestImportStreaming : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<EventStore> newEvent()
    {
        auto store =
            EventStore::create(m_dir.filePath(QStringLiteral("event%1.entre").arg(++m_events)),
                               {QStringLiteral("Test"), QDate(2026, 6, 15), {}});
        if (!store)
            qFatal("cannot create an event: %s", qPrintable(store.error().message));
        return std::move(store.value());
    }

    QTemporaryDir m_dir;
    int m_events = 0;

private Q_SLOTS:
    void streamMatchesWholeTextAtEveryCut_data();
    void streamMatchesWholeTextAtEveryCut();
    void readerMatchesDecoderAcrossPieces_data();
    void readerMatchesDecoderAcrossPieces();
    void searchIndexMatchesThePeopleAfterBulkImport();
    void cancelInTheMiddleLeavesTheFileAsItWas();
    void aListIsReadAgainOnlyWhenACodeRepeats_data();
    void aListIsReadAgainOnlyWhenACodeRepeats();
    void generatedCodesAreNobodysCodeOrIdentifier();
};

void TestImportStreaming::streamMatchesWholeTextAtEveryCut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("nuls");
    QTest::newRow("quotes and CRLF")
        << QStringLiteral("Namn;Org\r\n\"Åsa \"\"Ninni\"\"\";\"Umeå\r\nkommun\"\r\nEmil;Region\r\n")
        << QList<qsizetype>{};
    QTest::newRow("quotes at the end")
        << QStringLiteral("a;\"b\"\"\"\r\n\"c\";\"\"\"\"") << QList<qsizetype>{};
    QTest::newRow("CR line ends") << QStringLiteral("a;b\rc;d\r\re;f\r") << QList<qsizetype>{};
    QTest::newRow("unterminated quote")
        << QStringLiteral("a;b\n\"c;d\ne;f\r\n") << QList<qsizetype>{};
    QTest::newRow("stray quote and blank lines")
        << QStringLiteral("a\"b;c\n\n;\n\"x\"y;z\n") << QList<qsizetype>{};
    QTest::newRow("invalid characters and NULs")
        << QStringLiteral("Zoë;\uFFFD\r\nÖ;ab\r\ncd;e") << QList<qsizetype>{5, 13, 17};
}

void TestImportStreaming::streamMatchesWholeTextAtEveryCut()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, nuls);
    auto whole = CsvParser::parse(text, QChar(u';'), nuls);
    QVERIFY(whole);
    const QString expected = describe(whole.value());
    for (qsizetype cut = 0; cut <= text.size(); ++cut)
        QCOMPARE(streamed(text, nuls, {cut}), expected);
    QList<qsizetype> everyCharacter;
    for (qsizetype at = 1; at < text.size(); ++at)
        everyCharacter.append(at);
    QCOMPARE(streamed(text, nuls, everyCharacter), expected);
}

void TestImportStreaming::readerMatchesDecoderAcrossPieces_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("shift");
    // The reader reads a mebibyte at a time: each shift puts another byte of the rows below at
    // the end of the first piece, inside a letter of two, three or four bytes, a CRLF or a "",
    // over the length of one row in each encoding.
    for (const char* encoding : {"UTF-8", "UTF-16LE", "UTF-16BE"}) {
        for (int shift = 0; shift < 48; ++shift)
            QTest::addRow("%s, shift %d", encoding, shift)
                << QString::fromLatin1(encoding) << shift;
    }
}

void TestImportStreaming::readerMatchesDecoderAcrossPieces()
{
    QFETCH(QString, encoding);
    QFETCH(int, shift);
    const QString row = QStringLiteral("Åsa;\"€ \"\"😀\"\"\r\nx\";Öst\r\n");
    const QString header = QStringLiteral("Namn;Not;Ort\r\n");
    const bool utf16 = encoding.startsWith(u"UTF-16");
    const qsizetype unit = utf16 ? 2 : 1;
    // Short rows up to the first piece's end, less the shift (a byte order mark is one unit).
    const qsizetype padding = (1024 * 1024 - shift) / unit - header.size() - 1;
    const QString fill = QString(100, u'a') + QStringLiteral(";b;c\r\n");
    QString text = header + QString(padding % fill.size(), u'a');
    for (qsizetype i = 0; i < padding / fill.size(); ++i)
        text += fill;
    for (int i = 0; i < 12; ++i)
        text += row;
    QStringEncoder encoder(encoding == u"UTF-8"      ? QStringConverter::Utf8
                           : encoding == u"UTF-16LE" ? QStringConverter::Utf16LE
                                                     : QStringConverter::Utf16BE,
                           QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(text);
    const QString path = m_dir.filePath(QStringLiteral("pieces.csv"));
    QVERIFY(writeFile(path, bytes));

    auto decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded);
    QCOMPARE(decoded->encoding, encoding);
    auto whole = CsvParser::parse(decoded->text, QChar(u';'), decoded->nulRemovedAt);
    QVERIFY(whole);

    auto reader = TextFileReader::open(path, {}, QChar(u';'));
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
    QCOMPARE(reader.value()->encoding(), encoding);
    QList<TextRecord> records;
    auto read = reader.value()->readRecords([&records](TextRecord&& record) {
        records.append(std::move(record));
        return true;
    });
    QVERIFY(read);
    QCOMPARE(reader.value()->invalidCharacters(), 0);
    QCOMPARE(records.size(), whole->size());
    QCOMPARE(describe(records), describe(whole.value()));
}

void TestImportStreaming::searchIndexMatchesThePeopleAfterBulkImport()
{
    auto store = newEvent();
    QSqlDatabase db = store->database();
    // Someone added at the desk before the list: the import must leave their index row alone.
    AttendeeDetails walkIn;
    walkIn.firstName = QStringLiteral("Ylva");
    walkIn.lastName = QStringLiteral("Sundström");
    walkIn.organisation = QStringLiteral("Luleå kommun");
    QVERIFY(AttendeeRepository(db).insert(walkIn));

    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    const QString updated = m_dir.filePath(QStringLiteral("updated.csv"));
    QVERIFY(writeFile(first, generatedList(3000)));
    // The update changes a share of the people and adds some: both index paths are taken.
    QVERIFY(writeFile(updated, generatedList(3300, 7)));
    RegistrationImporter importer(*store);
    QVERIFY(importer.run(first));
    auto second = importer.run(updated);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->added, 300);

    // Every person's index row says what the person's row says, and nobody is missing or extra.
    const QString expected = QStringLiteral(
        "SELECT a.id || '|' || a.first_name || '|' || a.last_name || '|' || coalesce(o.name, '') "
        "|| '|' || a.email || '|' || a.code FROM attendees a "
        "LEFT JOIN organisations o ON o.id = a.organisation_id ORDER BY a.id");
    const QString indexed = QStringLiteral(
        "SELECT rowid || '|' || first_name || '|' || last_name || '|' || organisation || '|' || "
        "email || '|' || code FROM attendee_search ORDER BY rowid");
    const QStringList people = rowsOf(db, expected);
    QCOMPARE(people.size(), 3301);
    QCOMPARE(rowsOf(db, indexed), people);
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT identifiers FROM attendee_search WHERE rowid = "
                                       "(SELECT attendee_id FROM attendee_identifiers "
                                       "WHERE value = 'O-2999')")),
             QStringList{QStringLiteral("O-2999")});
    QVERIFY(QSqlQuery(db).exec(QStringLiteral(
        "INSERT INTO attendee_search(attendee_search, rank) VALUES('integrity-check', 1)")));
    // The settings the index is filled with in bulk are back to SQLite's for the desk.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT k || '=' || v FROM attendee_search_config "
                                       "WHERE k IN ('automerge', 'hashsize') ORDER BY k")),
             (QStringList{QStringLiteral("automerge=4"), QStringLiteral("hashsize=1048576")}));

    // The triggers that keep the index in step at the desk are back.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name LIKE 'attendees_search_%' ORDER BY name")),
             (QStringList{QStringLiteral("attendees_search_delete"),
                          QStringLiteral("attendees_search_insert"),
                          QStringLiteral("attendees_search_update")}));
    AttendeeRepository attendees(db);
    auto someone = attendees.byCode(QStringLiteral("R102000"));
    QVERIFY(someone && someone->has_value());
    const Attendee& person = someone->value();
    AttendeeDetails details;
    details.firstName = person.firstName;
    details.lastName = QStringLiteral("Kvarnström");
    details.email = person.email;
    details.organisation = person.organisation;
    QVERIFY(attendees.update(person.id, details));
    AttendeeSearch search(db);
    auto found = search.find(QStringLiteral("Kvarnström"), ArrivalFilter::Everyone, 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().code, QStringLiteral("R102000"));
    auto byOrder = search.find(QStringLiteral("O-3250"), ArrivalFilter::Everyone, 10);
    QVERIFY(byOrder);
    QCOMPARE(byOrder->size(), 1);
    auto walkInFound = search.find(QStringLiteral("Sundström"), ArrivalFilter::Everyone, 10);
    QVERIFY(walkInFound);
    QCOMPARE(walkInFound->size(), 1);
}

void TestImportStreaming::cancelInTheMiddleLeavesTheFileAsItWas()
{
    auto store = newEvent();
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    const QString updated = m_dir.filePath(QStringLiteral("updated.csv"));
    QVERIFY(writeFile(first, generatedList(2000)));
    // Over one piece of the reader, so the cancel comes with part of the file not yet read.
    const QByteArray bigger = generatedList(30000, 3);
    QVERIFY(bigger.size() > 2 * 1024 * 1024);
    QVERIFY(writeFile(updated, bigger));
    RegistrationImporter importer(*store);
    QVERIFY(importer.run(first));
    QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QString path = store->path();
    const QByteArray before = sha256(path);
    const QByteArray walBefore = sha256(path + QStringLiteral("-wal"));

    int calls = 0;
    int cancelledAt = 0;
    auto cancelled = importer.run(updated, {}, [&](int done, int total) {
        ++calls;
        if (done < total / 2)
            return true;
        cancelledAt = done;
        return false;
    });
    QVERIFY(!cancelled);
    QVERIFY(cancelledAt > 0);
    QVERIFY(calls > 1);
    QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QCOMPARE(sha256(path), before);
    QCOMPARE(sha256(path + QStringLiteral("-wal")), walBefore);
    QCOMPARE(rowsOf(store->database(), QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                      "WHERE name LIKE 'attendees_search_%'")),
             QStringList{QStringLiteral("3")});
    // And the same import, not cancelled, goes through.
    auto again = importer.run(updated);
    QVERIFY(again);
    QCOMPARE(again->added, 28000);
}

void TestImportStreaming::aListIsReadAgainOnlyWhenACodeRepeats_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("codeColumn"); // a mapping the options give, or none
    QTest::addColumn<int>("passes");
    QTest::addColumn<QStringList>("sharedCodes"); // the codes set aside as someone's identifier

    QByteArray plain = "Förnamn;Efternamn;Organisation\n";
    QByteArray coded = "Förnamn;Efternamn;Kod;Ordernummer\n";
    QByteArray numbered = "Förnamn;Efternamn;Nummer\n";
    for (int i = 0; i < 1000; ++i) {
        plain += QStringLiteral("Åsa;Lind %1;Umeå kommun\n").arg(i).toUtf8();
        coded += QStringLiteral("Åsa;Lind %1;K%1;O-%1\n").arg(i).toUtf8();
        numbered += QStringLiteral("Åsa;Lind %1;N%1\n").arg(i).toUtf8();
    }
    QTest::newRow("no codes") << plain << QString() << 1 << QStringList();
    QTest::newRow("every code and order number once") << coded << QString() << 1 << QStringList();
    // Codes are compared with case and white space aside: " k7 " is K7.
    QTest::newRow("a code again, spelt otherwise")
        << coded + "Bo;Ek; k7 ;O-X\n"
        << QString() << 2 << QStringList{QStringLiteral("K7")};
    QTest::newRow("an order number that is another row's code")
        << coded + "Bo;Ek;K-X;K7\n"
        << QString() << 2 << QStringList{QStringLiteral("K7")};
    // The same value in two columns of one row is one person's.
    QTest::newRow("a row's code as its order number") << coded + "Bo;Ek;K-X;K-X\n"
                                                      << QString() << 1 << QStringList();
    // A column mapped to the code that reading did not take for one is read again to be sure.
    QTest::newRow("a code column the options name")
        << numbered << QStringLiteral("Nummer") << 2 << QStringList();
}

void TestImportStreaming::aListIsReadAgainOnlyWhenACodeRepeats()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, codeColumn);
    QFETCH(int, passes);
    QFETCH(QStringList, sharedCodes);
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(writeFile(path, content));
    ImportOptions options;
    if (!codeColumn.isEmpty())
        options.mapping.insert(QStringLiteral("code"), codeColumn);
    auto table = RegistrationTable::read(path, options);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    const int rowCount = int(table->rows.size());
    CountingRows rows(table->rows);
    auto store = newEvent();
    auto report = mergeRegistrations(store->database(), table.value(), rows, false, {});
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->added, rowCount);
    // Each read to the end is one call per row and one more that finds no row.
    QCOMPARE(rows.reads.load(), passes * (rowCount + 1));
    QCOMPARE(rows.rewinds.load(), passes - 1);
    QCOMPARE(rowsOf(store->database(),
                    QStringLiteral("SELECT DISTINCT upper(trim(value)) FROM attendee_identifiers "
                                   "WHERE value NOT LIKE 'O-%' ORDER BY 1")),
             sharedCodes);
    // Nobody keeps a code another person in the list also has.
    for (const QString& code : std::as_const(sharedCodes)) {
        QCOMPARE(rowsOf(store->database(),
                        QStringLiteral("SELECT count(*) FROM attendees WHERE upper(code) = '%1'")
                            .arg(code)),
                 QStringList{QStringLiteral("0")});
    }
}

void TestImportStreaming::generatedCodesAreNobodysCodeOrIdentifier()
{
    auto store = newEvent();
    AttendeeDetails known;
    known.firstName = QStringLiteral("Åsa");
    known.code = QStringLiteral("E-ABCDEF");
    known.identifiers = {{QStringLiteral("order_number"), QStringLiteral("E-XYZ234")}};
    QVERIFY(AttendeeRepository(store->database()).insert(known).ok());
    {
        Transaction transaction(store->database());
        BulkAttendeeWriter writer(store->database());
        QVERIFY(writer.begin(10).ok());
        for (const char* taken : {"E-ABCDEF", "e-abcdef", "E-XYZ234", "e-xyz234"})
            QCOMPARE(writer.codeTaken(QString::fromLatin1(taken)).value(), true);
        QCOMPARE(writer.codeTaken(QStringLiteral("E-222222")).value(), false);
        // What the writer adds after that is taken too, code and identifiers alike.
        AttendeeDetails added;
        added.firstName = QStringLiteral("Bo");
        added.code = QStringLiteral("E-222222");
        added.identifiers = {{QStringLiteral("order_number"), QStringLiteral("E-333333")}};
        QVERIFY(writer.insert(added, AttendeeRepository::detailValues(added, 0)).ok());
        auto someone = AttendeeRepository(store->database()).byCode(QStringLiteral("E-ABCDEF"));
        QVERIFY(someone.ok() && someone->has_value());
        QVERIFY(writer
                    .addIdentifiers(someone->value().id,
                                    {{QStringLiteral("order_number"), QStringLiteral("E-444444")}})
                    .ok());
        for (const char* taken : {"e-222222", "E-333333", "e-444444"})
            QCOMPARE(writer.codeTaken(QString::fromLatin1(taken)).value(), true);
        QCOMPARE(writer.codeTaken(QStringLiteral("E-555555")).value(), false);
    } // rolled back

    // Everyone a list gives no code gets one of their own, in the desk's alphabet.
    const QString path = m_dir.filePath(QStringLiteral("no-codes.csv"));
    QByteArray content = "Förnamn;Efternamn\n";
    for (int i = 0; i < 2000; ++i)
        content += QStringLiteral("Örjan;Lind %1\n").arg(i).toUtf8();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    auto report = RegistrationImporter(*store).run(path);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->added, 2000);
    const QStringList codes =
        rowsOf(store->database(), QStringLiteral("SELECT code FROM attendees"));
    QCOMPARE(codes.size(), 2001);
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), 2001);
    static const QRegularExpression pattern(QStringLiteral("^E-[2-9A-HJ-NP-Z]{6}$"));
    for (const QString& code : codes)
        QVERIFY2(pattern.match(code).hasMatch(), qPrintable(code));
}

QTEST_GUILESS_MAIN(TestImportStreaming)
#include "tst_importstreaming.moc"
