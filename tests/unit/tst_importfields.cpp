// Which field a column header means, and how a name in one column is split.
#include "import/importfields.h"
#include "import/namesplitter.h"
#include "model/attendee.h"

#include <QTest>

using namespace entre;

class TestImportFields : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tellsEmailAddresses_data();
    void tellsEmailAddresses();
    void recognisesHeaders_data();
    void recognisesHeaders();
    void usesEachColumnOnce();
    void choosesTheCodeToScan_data();
    void choosesTheCodeToScan();
    void splitsNames_data();
    void splitsNames();
};

void TestImportFields::recognisesHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    const std::pair<const char*, const char*> cases[] = {
        {"Förnamn", "first_name"},
        {"FÖRNAMN", "first_name"},
        {"fornamn", "first_name"},
        {"First name", "first_name"},
        {"Given name", "first_name"},
        {"Efternamn", "last_name"},
        {"Last name", "last_name"},
        {"Surname", "last_name"},
        {"Family name", "last_name"},
        {"Namn", "full_name"},
        {"Name", "full_name"},
        {"Full name", "full_name"},
        {"För- och efternamn", "full_name"},
        {"E-post", "email"},
        {"E-postadress", "email"},
        {"Mejl", "email"},
        {"Email", "email"},
        {"E-mail address", "email"},
        {"Organisation", "organisation"},
        {"Arbetsplats", "organisation"},
        {"Arbetsgivare", "organisation"},
        {"Kommun", "organisation"},
        {"Myndighet", "organisation"},
        {"Företag", "organisation"},
        {"Company", "organisation"},
        {"Organization", "organisation"},
        {"Vilken organisation representerar du?", "organisation"},
        {"Befattning", "title"},
        {"Titel", "title"},
        {"Roll", "title"},
        {"Job title", "title"},
        {"Title", "title"},
        {"Specialkost", "diet"},
        {"Allergier", "diet"},
        {"Kost", "diet"},
        {"Dietary requirements", "diet"},
        {"Kod", "code"},
        {"Code", "code"},
        {"Biljett", "ticket_number"},
        {"Biljettnummer", "ticket_number"},
        {"Ticket", "ticket_number"},
        {"Ticket #", "ticket_number"},
        {"Bokningsnummer", "booking_number"},
        {"Booking reference", "booking_number"},
        {"Ordernummer", "order_number"},
        {"Order #", "order_number"},
        {"Order number", "order_number"},
        {"Barcode", "barcode"},
        {"Barcode #", "barcode"},
        {"Streckkod", "barcode"},
        {"QR-kod", "barcode"},
        {"Attendee #", "attendee_number"},
        {"Deltagarnummer", "attendee_number"},
        {"Ditt biljettnummer", "ticket_number"},
        {"Telefon", "phone"},
        {"Mobil", "phone"},
        {"Phone", "phone"},
        {"Övrigt", "notes"},
        {"Ange ditt förnamn", "first_name"},
        {"Förnamn och efternamn", "full_name"},
        {"Förnamn/Efternamn", "full_name"},
        {"Ditt för- och efternamn", "full_name"},
        {"Har du några allergier?", "diet"},
        {"Din e-postadress:", "email"},
        {"Namn på din arbetsplats", "organisation"},
        // Form metadata is never a name.
        {"Tidstämpel", ""},
        {"Timestamp", ""},
        {"Anmäld", ""},
        {"Datum", ""},
        {"Submitted at (name of form)", ""},
        {"Ticket type", ""},
        {"Order Date", ""},
        {"Quantity", ""},
        {"Antal", ""},
        {"", ""},
    };
    for (const auto& [header, field] : cases)
        QTest::newRow(header) << QString::fromUtf8(header) << QString::fromLatin1(field);
}

void TestImportFields::recognisesHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(ImportFields::recognise(header), field);
}

void TestImportFields::usesEachColumnOnce()
{
    const QStringList headers = {QStringLiteral("Namn"), QStringLiteral("Förnamn"),
                                 QStringLiteral("Efternamn"), QStringLiteral("E-post"),
                                 QStringLiteral("Alternativ e-post")};
    const auto mapping = ImportFields::suggestMapping(headers);
    QCOMPARE(mapping.value(QStringLiteral("first_name")), QStringLiteral("Förnamn"));
    QCOMPARE(mapping.value(QStringLiteral("last_name")), QStringLiteral("Efternamn"));
    QVERIFY(!mapping.contains(QStringLiteral("full_name")));
    QCOMPARE(mapping.value(QStringLiteral("email")), QStringLiteral("E-post"));
    QCOMPARE(mapping.size(), 3);
    // A ticket number wins over an order number that a group booking shares.
    const auto tickets = ImportFields::suggestMapping(
        {QStringLiteral("Ordernummer"), QStringLiteral("Biljettnummer"), QStringLiteral("Namn")});
    QCOMPARE(tickets.value(QStringLiteral("code")), QStringLiteral("Biljettnummer"));
    for (const QString& key : ImportFields::keys())
        QVERIFY(!ImportFields::label(key).isEmpty());
}

void TestImportFields::choosesTheCodeToScan_data()
{
    // Headers, then the mapping of the code and identifier fields as "field=header".
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("identifiers");
    QTest::newRow("ticket platform")
        << QStringList{QStringLiteral("Order #"),    QStringLiteral("Order Date"),
                       QStringLiteral("First Name"), QStringLiteral("Last Name"),
                       QStringLiteral("Attendee #"), QStringLiteral("Barcode #")}
        << QStringList{QStringLiteral("attendee_number=Attendee #"),
                       QStringLiteral("code=Barcode #"), QStringLiteral("order_number=Order #")};
    QTest::newRow("swedish shop") << QStringList{QStringLiteral("Ordernummer"),
                                                 QStringLiteral("Bokningsnummer"),
                                                 QStringLiteral("Biljettnummer"),
                                                 QStringLiteral("Streckkod"),
                                                 QStringLiteral("Namn")}
                                  << QStringList{QStringLiteral("booking_number=Bokningsnummer"),
                                                 QStringLiteral("code=Streckkod"),
                                                 QStringLiteral("order_number=Ordernummer"),
                                                 QStringLiteral("ticket_number=Biljettnummer")};
    QTest::newRow("ticket beats order")
        << QStringList{QStringLiteral("Ordernummer"), QStringLiteral("Biljettnummer"),
                       QStringLiteral("Namn")}
        << QStringList{QStringLiteral("code=Biljettnummer"),
                       QStringLiteral("order_number=Ordernummer")};
    QTest::newRow("booking alone")
        << QStringList{QStringLiteral("Bokningsnummer"), QStringLiteral("Namn")}
        << QStringList{QStringLiteral("code=Bokningsnummer")};
    QTest::newRow("own code kept")
        << QStringList{QStringLiteral("Kod"), QStringLiteral("Ordernummer"), QStringLiteral("Namn")}
        << QStringList{QStringLiteral("code=Kod"), QStringLiteral("order_number=Ordernummer")};
    QTest::newRow("barcode beats own code")
        << QStringList{QStringLiteral("Kod"), QStringLiteral("Streckkod"), QStringLiteral("Namn")}
        << QStringList{QStringLiteral("code=Streckkod")};
}

void TestImportFields::choosesTheCodeToScan()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, identifiers);
    const auto mapping = ImportFields::suggestMapping(headers);
    QStringList found;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.key() == QLatin1String("code") || ImportFields::identifierKeys().contains(it.key()))
            found.append(it.key() + QLatin1Char('=') + it.value());
    }
    QCOMPARE(found, identifiers);
}

void TestImportFields::splitsNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("two words") << "Åsa Hägglund"
                               << "Åsa"
                               << "Hägglund";
    QTest::newRow("last, first") << "Hägglund, Åsa"
                                 << "Åsa"
                                 << "Hägglund";
    QTest::newRow("double first") << "Anna-Karin Maria Berg"
                                  << "Anna-Karin Maria"
                                  << "Berg";
    QTest::newRow("particle") << "Ebba von Sydow"
                              << "Ebba"
                              << "von Sydow";
    QTest::newRow("two particles") << "Jan van der Berg"
                                   << "Jan"
                                   << "van der Berg";
    QTest::newRow("one word") << "Madonna"
                              << "Madonna"
                              << "";
    QTest::newRow("spaces") << "  Åsa   Hägglund "
                            << "Åsa"
                            << "Hägglund";
}

void TestImportFields::splitsNames()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const PersonName split = splitFullName(name);
    QCOMPARE(split.first, first);
    QCOMPARE(split.last, last);
}

void TestImportFields::tellsEmailAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("address");
    QTest::newRow("plain") << QStringLiteral("asa.hagglund@umea.example.se") << true;
    QTest::newRow("spaces around") << QStringLiteral("  a@b.se\t") << true;
    QTest::newRow("shortest") << QStringLiteral("a@b.c") << true;
    QTest::newRow("non-ascii") << QStringLiteral("zoë@skellefteå.se") << true;
    QTest::newRow("two dots") << QStringLiteral("a@b..c") << true;
    QTest::newRow("dot at the end after one inside") << QStringLiteral("a@b.c.") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a word") << QStringLiteral("saknas") << false;
    QTest::newRow("no dot") << QStringLiteral("asa@umea") << false;
    QTest::newRow("dot first") << QStringLiteral("asa@.se") << false;
    QTest::newRow("dot last") << QStringLiteral("asa@umea.") << false;
    QTest::newRow("dots only at the ends") << QStringLiteral("a@.b.") << false;
    QTest::newRow("nothing before @") << QStringLiteral("@umea.se") << false;
    QTest::newRow("nothing after @") << QStringLiteral("asa@") << false;
    QTest::newRow("two @") << QStringLiteral("asa@x@umea.se") << false;
    QTest::newRow("space inside") << QStringLiteral("asa lind@umea.se") << false;
    QTest::newRow("no-break space inside") << QStringLiteral("asa@umea\u00a0kommun.se") << false;
}

void TestImportFields::tellsEmailAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, address);
    QCOMPARE(isEmailAddress(text), address);
}

QTEST_GUILESS_MAIN(TestImportFields)
#include "tst_importfields.moc"
