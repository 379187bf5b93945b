#include "badgefixture.h"
#include "badges/templatecatalog.h"
#include "store/badgetemplatestore.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

class TestBadgeTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInTemplatesLoad()
    {
        const QList<BadgeTemplate> templates = TemplateCatalog::builtIn();
        QCOMPARE(templates.size(), 3);
        QCOMPARE(templates.first().name, TemplateCatalog::defaultTemplateName());
        QVERIFY(templates.first().showQrCode);
        QCOMPARE(templates.at(1).nameStyle, BadgeTemplate::NameStyle::FullName);
        QCOMPARE(templates.at(2).band, BadgeTemplate::Band::None);
        QVERIFY(TemplateCatalog::find(QStringLiteral("standard")).ok());
        QCOMPARE(TemplateCatalog::find(QStringLiteral("nope")).error().kind, ErrorKind::BadInput);
    }

    void jsonRoundTripKeepsEverything()
    {
        BadgeTemplate t = TemplateCatalog::builtIn().first();
        t.name = QStringLiteral("Kommundagen");
        t.alignment = BadgeTemplate::Alignment::Center;
        t.band = BadgeTemplate::Band::Bottom;
        t.showTitle = false;
        t.firstNameSize = 12.5;
        t.bandColours[OrganisationType::Agency] = QColor(0x10, 0x20, 0x30);
        QImage logo(20, 10, QImage::Format_ARGB32);
        logo.fill(Qt::red);
        QBuffer buffer(&t.logoPng);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        auto back = BadgeTemplate::fromJson(t.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), t.toJson());
        QCOMPARE(back->bandColour(OrganisationType::Agency), QColor(0x10, 0x20, 0x30));
        QCOMPARE(QImage::fromData(back->logoPng).size(), QSize(20, 10));
    }

    void badTemplatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("not json at all");
        QTest::newRow("no name") << QByteArray(R"({"align":"left"})");
        QTest::newRow("unknown alignment") << QByteArray(R"({"name":"x","align":"middle"})");
        QTest::newRow("unknown band") << QByteArray(R"({"name":"x","band":"side"})");
        QTest::newRow("size zero") << QByteArray(R"({"name":"x","sizes":{"firstName":0}})");
        QTest::newRow("size huge") << QByteArray(R"({"name":"x","sizes":{"qr":500}})");
        QTest::newRow("bad colour") << QByteArray(R"({"name":"x","colours":{"region":"blurple"}})");
        QTest::newRow("unknown type") << QByteArray(R"({"name":"x","colours":{"church":"white"}})");
    }

    void badTemplatesAreRefused()
    {
        QFETCH(QByteArray, json);
        auto parsed = BadgeTemplate::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
    }

    void eventKeepsItsOwnTemplates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.entre"));
        {
            auto store = test::makeBadgeEvent(path, {AttendeeDetails{}});
            QVERIFY2(store.ok(), qPrintable(store.error().message));
            BadgeTemplateStore templates(store.value()->database());
            BadgeTemplate own = TemplateCatalog::builtIn().first();
            own.name = QStringLiteral("Standard");
            own.firstNameSize = 14;
            QVERIFY(templates.save(own).ok());
            own.name = QStringLiteral("Kick-off");
            QVERIFY(templates.save(own).ok());
            own.firstNameSize = 13;
            QVERIFY(templates.save(own).ok()); // replaces
            BadgeTemplate unnamed;
            QCOMPARE(templates.save(unnamed).error().kind, ErrorKind::BadInput);
        }
        auto store = EventStore::open(path);
        QVERIFY(store.ok());
        BadgeTemplateStore templates(store.value()->database());
        auto list = templates.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        // The event's own "Standard" wins over the built-in one.
        QCOMPARE(TemplateCatalog::find(QStringLiteral("standard"), list.value())->firstNameSize,
                 14.0);
        QCOMPARE(TemplateCatalog::find(QStringLiteral("Kick-off"), list.value())->firstNameSize,
                 13.0);
        QVERIFY(templates.remove(QStringLiteral("Kick-off")).ok());
        QCOMPARE(templates.list()->size(), 1);
    }
};

QTEST_MAIN(TestBadgeTemplate)
#include "tst_badgetemplate.moc"
