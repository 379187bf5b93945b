#include "badgefixture.h"
#include "badges/badgeselection.h"
#include "store/attendeerepository.h"
#include "store/badgeprintlog.h"
#include "store/sqlquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

AttendeeDetails person(const char* first, const char* last, const char* organisation,
                       const char* code)
{
    AttendeeDetails d;
    d.firstName = QString::fromUtf8(first);
    d.lastName = QString::fromUtf8(last);
    d.organisation = QString::fromUtf8(organisation);
    d.code = QString::fromUtf8(code);
    return d;
}

QStringList lastNames(const QList<Attendee>& people)
{
    QStringList names;
    for (const Attendee& a : people)
        names.append(a.lastName);
    return names;
}

} // namespace

class TestBadgeSelection : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("event.entre")));
        auto store =
            test::makeBadgeEvent(m_dir.filePath(QStringLiteral("event.entre")),
                                 {person("Örjan", "Östlund", "Umeå kommun", "C1"),
                                  person("Anna", "Zetterberg", "Region Västerbotten", "C2"),
                                  person("Åsa", "Åberg", "Umeå kommun", "C3"),
                                  person("Ärla", "Ärlig", "Skellefteå kommun", "C4"),
                                  person("Olle", "Andersson", "Skellefteå kommun", "C5"),
                                  person("Emil", "Andersson", "Region Västerbotten", "C6"),
                                  person("Vera", "Wallin", "Västerbottens läns landsting", "C7")});
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        m_store = std::move(store.value());
    }
    void cleanup() { m_store.reset(); }

    void everyoneInSwedishOrder()
    {
        auto people = BadgeSelection{}.resolve(m_store->database());
        QVERIFY(people.ok());
        // Å Ä Ö after Z; V and W kept apart as in modern Swedish; first name breaks the tie.
        QCOMPARE(lastNames(people.value()),
                 (QStringList{QStringLiteral("Andersson"), QStringLiteral("Andersson"),
                              QStringLiteral("Wallin"), QStringLiteral("Zetterberg"),
                              QStringLiteral("Åberg"), QStringLiteral("Ärlig"),
                              QStringLiteral("Östlund")}));
        QCOMPARE(people->at(0).firstName, QStringLiteral("Emil"));
    }

    void byOrganisationThenName()
    {
        BadgeSelection selection;
        selection.order = BadgeSelection::Order::Organisation;
        auto people = selection.resolve(m_store->database());
        QVERIFY(people.ok());
        QStringList organisations;
        for (const Attendee& a : people.value())
            organisations.append(a.organisation);
        QCOMPARE(organisations,
                 (QStringList{
                     QStringLiteral("Region Västerbotten"), QStringLiteral("Region Västerbotten"),
                     QStringLiteral("Skellefteå kommun"), QStringLiteral("Skellefteå kommun"),
                     QStringLiteral("Umeå kommun"), QStringLiteral("Umeå kommun"),
                     QStringLiteral("Västerbottens läns landsting")}));
        QCOMPARE(lastNames(people.value()).mid(0, 2),
                 (QStringList{QStringLiteral("Andersson"), QStringLiteral("Zetterberg")}));
        QCOMPARE(lastNames(people.value()).mid(4, 2),
                 (QStringList{QStringLiteral("Åberg"), QStringLiteral("Östlund")}));
    }

    void oneOrganisationIgnoringCase()
    {
        BadgeSelection selection;
        selection.who = BadgeSelection::Who::Organisation;
        selection.organisation = QStringLiteral("umeå KOMMUN");
        auto people = selection.resolve(m_store->database());
        QVERIFY(people.ok());
        QCOMPARE(lastNames(people.value()),
                 (QStringList{QStringLiteral("Åberg"), QStringLiteral("Östlund")}));
        selection.organisation = QStringLiteral("Malå kommun");
        auto nobody = selection.resolve(m_store->database());
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().kind, ErrorKind::BadInput);
    }

    void codesAndIds()
    {
        BadgeSelection selection;
        selection.who = BadgeSelection::Who::Codes;
        selection.codes =
            QStringList{QStringLiteral("C7"), QStringLiteral(" C1 "), QStringLiteral("C7")};
        auto people = selection.resolve(m_store->database());
        QVERIFY(people.ok());
        QCOMPARE(lastNames(people.value()),
                 (QStringList{QStringLiteral("Wallin"), QStringLiteral("Östlund")}));
        selection.codes.append(QStringLiteral("NOPE"));
        auto unknown = selection.resolve(m_store->database());
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("NOPE")));

        selection.who = BadgeSelection::Who::Ids;
        selection.ids = {people->at(0).id, people->at(1).id};
        QCOMPARE(selection.resolve(m_store->database())->size(), 2);
    }

    void notPrintedAfterARun()
    {
        const QSqlDatabase db = m_store->database();
        auto all = AttendeeRepository(db).list();
        QVERIFY(all.ok());
        const QList<qint64> printed{all->at(0).id, all->at(3).id};
        QVERIFY(BadgePrintLog(db)
                    .record(printed, QStringLiteral("desk 1"), QStringLiteral("PDF"))
                    .ok());

        BadgeSelection selection;
        selection.who = BadgeSelection::Who::NotPrinted;
        auto rest = selection.resolve(db);
        QVERIFY(rest.ok());
        QCOMPARE(rest->size(), 5);
        for (const Attendee& a : rest.value())
            QVERIFY(!printed.contains(a.id));

        auto log = BadgePrintLog(db).log();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).station, QStringLiteral("desk 1"));
        QCOMPARE(log->at(0).target, QStringLiteral("PDF"));
        QVERIFY(AttendeeRepository(db).byId(printed[0])->value().badgePrintedAt.isValid());
        QCOMPARE(BadgePrintLog(db).log(printed[1])->size(), 1);
    }

    void recordingAnUnknownPersonChangesNothing()
    {
        const QSqlDatabase db = m_store->database();
        const qint64 real = AttendeeRepository(db).list()->at(0).id;
        auto recorded = BadgePrintLog(db).record({real, 99999}, QStringLiteral("desk"), {});
        QVERIFY(!recorded.ok());
        QCOMPARE(recorded.error().kind, ErrorKind::BadInput);
        QVERIFY(BadgePrintLog(db).log()->isEmpty());
        QVERIFY(!AttendeeRepository(db).byId(real)->value().badgePrintedAt.isValid());
    }
};

QTEST_MAIN(TestBadgeSelection)
#include "tst_badgeselection.moc"
