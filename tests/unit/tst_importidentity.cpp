// Who is who in an import: placeholder e-mails, shared mailboxes, and people with several
// identifiers (order, ticket, attendee, barcode, booking numbers) found by any of them.
// Each case is a folder under tests/data/import/identity/ with list.csv and expected.json.
#include "import/registrationimporter.h"
#include "search/attendeesearch.h"
#include "store/attendeerepository.h"
#include "store/checkinservice.h"
#include "store/eventstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

class TestImportIdentity : public QObject {
    Q_OBJECT

private:
    static QString dataPath(const QString& name)
    {
        return QDir(qEnvironmentVariable("ENTRE_TEST_DATA")).filePath(name);
    }
    std::unique_ptr<EventStore> newEvent()
    {
        auto store =
            EventStore::create(m_dir->filePath(QStringLiteral("event%1.entre").arg(++m_events)),
                               {QStringLiteral("Test"), QDate(2016, 6, 15), {}});
        if (!store)
            qFatal("cannot create an event: %s", qPrintable(store.error().message));
        return std::move(store.value());
    }
    static QStringList strings(const QJsonValue& value)
    {
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            list.append(item.toString());
        return list;
    }
    static std::optional<Attendee> byName(EventStore& store, const QString& name)
    {
        const auto people = AttendeeRepository(store.database()).list();
        for (const Attendee& a : people.value()) {
            if (a.fullName() == name)
                return a;
        }
        return std::nullopt;
    }
    static QString nameByCode(EventStore& store, const QString& code)
    {
        auto found = AttendeeRepository(store.database()).byCode(code);
        return found && found->has_value() ? found->value().fullName() : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_events = 0;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void importsAsExpected_data();
    void importsAsExpected();
    void reimportByIdentifierKeepsCheckIns();
    void reimportOfASharedMailboxKeepsEveryone();
};

void TestImportIdentity::importsAsExpected_data()
{
    QTest::addColumn<QString>("folder");
    const QDir cases(dataPath(QStringLiteral("import/identity")));
    const QStringList folders = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(folders.size() >= 5);
    for (const QString& folder : folders)
        QTest::newRow(qPrintable(folder)) << cases.filePath(folder);
}

void TestImportIdentity::importsAsExpected()
{
    QFETCH(QString, folder);
    QFile file(QDir(folder).filePath(QStringLiteral("expected.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!expected.isEmpty());

    auto store = newEvent();
    const QString list = QDir(folder).filePath(QStringLiteral("list.csv"));
    auto report = RegistrationImporter(*store).run(list);
    QVERIFY2(report.ok(), qPrintable(report.error().message));

    QStringList rejected;
    for (const RejectedRow& row : report->rejected)
        rejected.append(QStringLiteral("%1: %2").arg(row.row).arg(row.reason));
    QCOMPARE(rejected, strings(expected.value(QStringLiteral("rejected"))));
    QStringList shared;
    for (const SharedEmailRow& row : report->sharedEmails)
        shared.append(QStringLiteral("%1: %2").arg(row.row).arg(row.email));
    QCOMPARE(shared, strings(expected.value(QStringLiteral("shared_email"))));
    QCOMPARE(report->added, expected.value(QStringLiteral("added")).toInt());
    // Every row accounted for.
    const auto table = RegistrationTable::read(list);
    QVERIFY(table.ok());
    QCOMPARE(report->added + report->rejected.size(), table->rows.size());

    const QJsonObject mapping = expected.value(QStringLiteral("mapping")).toObject();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        QCOMPARE(report->mapping.value(it.key()), it.value().toString());

    const QJsonArray people = expected.value(QStringLiteral("people")).toArray();
    for (const QJsonValue& value : people) {
        const QJsonObject person = value.toObject();
        const QString name = person.value(QStringLiteral("name")).toString();
        const auto found = byName(*store, name);
        QVERIFY2(found.has_value(), qPrintable(name));
        if (person.contains(QStringLiteral("code")))
            QCOMPARE(found->code, person.value(QStringLiteral("code")).toString());
        if (person.contains(QStringLiteral("email")))
            QCOMPARE(found->email, person.value(QStringLiteral("email")).toString());
        const QJsonObject extra = person.value(QStringLiteral("extra")).toObject();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            QCOMPARE(found->extra.value(it.key()).toString(), it.value().toString());
        if (person.contains(QStringLiteral("identifiers"))) {
            QStringList identifiers;
            for (const AttendeeIdentifier& identifier : found->identifiers)
                identifiers.append(identifier.kind + QLatin1Char('=') + identifier.value);
            identifiers.sort();
            QCOMPARE(identifiers, strings(person.value(QStringLiteral("identifiers"))));
        }
        // Scanned or typed, any identifier is the person; the search ranks them first.
        for (const QString& code : strings(person.value(QStringLiteral("find"))))
            QCOMPARE(nameByCode(*store, code), name);
        for (const QString& text : strings(person.value(QStringLiteral("search")))) {
            auto results = AttendeeSearch(store->database()).find(text);
            QVERIFY2(results.ok() && !results->isEmpty(), qPrintable(text));
            QCOMPARE(results->first().fullName(), name);
        }
    }
    // A number several people share (a group's order) finds no one in particular.
    for (const QString& code : strings(expected.value(QStringLiteral("nobody"))))
        QCOMPARE(nameByCode(*store, code), QString());
}

void TestImportIdentity::reimportByIdentifierKeepsCheckIns()
{
    auto store = newEvent();
    auto first = RegistrationImporter(*store).run(
        dataPath(QStringLiteral("import/identity/ticket-platform/list.csv")));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->added, 4);

    // Zoë by her attendee number, Örjan by his barcode, as the desk finds them.
    AttendeeRepository people(store->database());
    CheckInService checkIns(store->database());
    const Attendee zoe = people.byCode(QStringLiteral("734001103")).value().value();
    const Attendee orjan = people.byCode(QStringLiteral("7340011021001")).value().value();
    QCOMPARE(zoe.fullName(), QStringLiteral("Zoë Öberg"));
    QCOMPARE(orjan.fullName(), QStringLiteral("Örjan Lindström"));
    QVERIFY(checkIns.checkIn(zoe.id, QStringLiteral("desk-1")).ok());
    QVERIFY(checkIns.checkIn(orjan.id, QStringLiteral("desk-1")).ok());
    const QDateTime zoeArrived = people.byId(zoe.id).value()->checkedInAt;

    auto second = RegistrationImporter(*store).run(
        dataPath(QStringLiteral("import/ticket-platform-second.csv")));
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->added, 1);     // Per Holm
    QCOMPARE(second->updated, 2);   // Zoë's name, Örjan's title
    QCOMPARE(second->unchanged, 2); // Åsa, Nils
    QVERIFY(second->rejected.isEmpty());
    QVERIFY(second->missingFromList.isEmpty());
    QCOMPARE(people.count().value(), 5);

    const Attendee zoeAfter = people.byId(zoe.id).value().value();
    QCOMPARE(zoeAfter.fullName(), QStringLiteral("Zoe Öberg-Lund"));
    QCOMPARE(zoeAfter.checkedInAt, zoeArrived);
    QCOMPARE(zoeAfter.code, zoe.code);
    QVERIFY(zoeAfter.identifiers == zoe.identifiers);
    QCOMPARE(zoe.identifiers.size(), 2); // attendee and order number
    const Attendee orjanAfter = people.byId(orjan.id).value().value();
    QCOMPARE(orjanAfter.title, QStringLiteral("Digitaliseringschef"));
    QVERIFY(orjanAfter.isCheckedIn());
    QCOMPARE(checkIns.log().value().size(), 2);
    QCOMPARE(nameByCode(*store, QStringLiteral("734001105")), QStringLiteral("Per Holm"));
}

void TestImportIdentity::reimportOfASharedMailboxKeepsEveryone()
{
    auto store = newEvent();
    const QString list = dataPath(QStringLiteral("import/identity/placeholder-emails/list.csv"));
    auto first = RegistrationImporter(*store).run(list);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    const Attendee per = byName(*store, QStringLiteral("Per Holm")).value();
    QVERIFY(CheckInService(store->database()).checkIn(per.id, QStringLiteral("desk-1")).ok());

    // The same list again, and the office mailbox list on top: nobody is merged into another.
    auto again = RegistrationImporter(*store).run(list);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, first->added);
    QCOMPARE(again->rejected.size(), first->rejected.size());
    auto shared = RegistrationImporter(*store).run(
        dataPath(QStringLiteral("import/identity/shared-email/list.csv")));
    QVERIFY2(shared.ok(), qPrintable(shared.error().message));
    // Nils and Karin are the people already there (name and organisation, and no address of
    // their own to say otherwise); Åsa, Örjan and Zoë of Lycksele are other people.
    QCOMPARE(shared->added, 3);
    QCOMPARE(shared->updated, 2);
    QCOMPARE(shared->sharedEmails.size(), 2);
    QCOMPARE(AttendeeRepository(store->database()).count().value(), first->added + 3);
    QVERIFY(byName(*store, QStringLiteral("Per Holm"))->isCheckedIn());
}

QTEST_GUILESS_MAIN(TestImportIdentity)
#include "tst_importidentity.moc"
