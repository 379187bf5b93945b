#include "badges/badgestock.h"
#include "badges/sheetlayout.h"
#include "badges/stockcatalog.h"

#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace entre;

class TestBadgeStock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("entre-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_badgestock"));
        QSettings().clear();
    }

    void builtInStocksAreThere_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QSizeF>("page");
        QTest::addColumn<QSizeF>("label");
        QTest::addColumn<int>("perPage");
        QTest::newRow("single 90x54") << "single-90x54" << QSizeF(90, 54) << QSizeF(90, 54) << 1;
        QTest::newRow("single 86x54") << "single-86x54" << QSizeF(86, 54) << QSizeF(86, 54) << 1;
        QTest::newRow("A6") << "a6" << QSizeF(105, 148) << QSizeF(105, 148) << 1;
        QTest::newRow("Avery L4785") << "avery-l4785" << QSizeF(210, 297) << QSizeF(80, 50) << 10;
        QTest::newRow("Durable 1445-02")
            << "durable-1445-02" << QSizeF(210, 297) << QSizeF(90, 54) << 10;
        QTest::newRow("Durable 1456-02")
            << "durable-1456-02" << QSizeF(210, 297) << QSizeF(90, 60) << 8;
        QTest::newRow("Zweckform C32011")
            << "zweckform-c32011" << QSizeF(210, 297) << QSizeF(85, 54) << 10;
        QTest::newRow("A6 on A4") << "a6-on-a4" << QSizeF(210, 297) << QSizeF(105, 148.5) << 4;
        QTest::newRow("Dymo 99014") << "dymo-99014" << QSizeF(54, 101) << QSizeF(54, 101) << 1;
        QTest::newRow("Brother DK-11202")
            << "brother-dk-11202" << QSizeF(62, 100) << QSizeF(62, 100) << 1;
        QTest::newRow("Brother 62 mm roll")
            << "brother-62-continuous" << QSizeF(62, 100) << QSizeF(62, 100) << 1;
        QTest::newRow("4x3 inch") << "4x3-inch" << QSizeF(101.6, 76.2) << QSizeF(101.6, 76.2) << 1;
    }

    void builtInStocksAreThere()
    {
        QFETCH(QString, id);
        QFETCH(QSizeF, page);
        QFETCH(QSizeF, label);
        QFETCH(int, perPage);
        auto stock = StockCatalog::find(id);
        QVERIFY2(stock.ok(), qPrintable(stock.error().message));
        QCOMPARE(stock->pageSize, page);
        QCOMPARE(stock->labelSize, label);
        QCOMPARE(stock->labelsPerPage(), perPage);
        QVERIFY(stock->validate().ok());
        // Every label lies on the page and no two overlap.
        for (int a = 0; a < perPage; ++a) {
            const QRectF rect = stock->labelRect(a);
            QVERIFY(QRectF(QPointF(0, 0), page).adjusted(-0.01, -0.01, 0.01, 0.01).contains(rect));
            for (int b = a + 1; b < perPage; ++b)
                QVERIFY(!rect.adjusted(0.01, 0.01, -0.01, -0.01).intersects(stock->labelRect(b)));
        }
    }

    void averyLabelsSitWhereTheSheetSays()
    {
        auto stock =
            StockCatalog::find(QStringLiteral("Avery L4785 / Herma 4412 (80 × 50 mm, A4, 2 × 5)"));
        QVERIFY(stock.ok());
        QCOMPARE(stock->labelRect(0), QRectF(18, 13, 80, 50));
        QCOMPARE(stock->labelRect(1), QRectF(113, 13, 80, 50));
        QCOMPARE(stock->labelRect(9), QRectF(113, 233, 80, 50));
    }

    void unknownStockIsBadInput()
    {
        auto stock = StockCatalog::find(QStringLiteral("no-such-stock"));
        QVERIFY(!stock.ok());
        QCOMPARE(stock.error().kind, ErrorKind::BadInput);
        QVERIFY(stock.error().message.contains(QLatin1String("avery-l4785")));
    }

    void badStocksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no name") << QByteArray(R"({"page":[90,54],"label":[90,54]})");
        QTest::newRow("label off page")
            << QByteArray(R"({"name":"x","page":[90,54],"label":[95,54]})");
        QTest::newRow("overlapping") << QByteArray(
            R"({"name":"x","page":[210,297],"label":[90,54],"columns":2,"rows":1,"pitch":[80,54]})");
        QTest::newRow("too small") << QByteArray(R"({"name":"x","page":[90,54],"label":[10,10]})");
        QTest::newRow("no columns")
            << QByteArray(R"({"name":"x","page":[90,54],"label":[90,54],"columns":0})");
        QTest::newRow("rows off page") << QByteArray(
            R"({"name":"x","page":[210,297],"label":[90,54],"rows":6,"pitch":[90,54]})");
    }

    void badStocksAreRefused()
    {
        QFETCH(QByteArray, json);
        auto stock = BadgeStock::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!stock.ok());
        QCOMPARE(stock.error().kind, ErrorKind::BadInput);
    }

    void jsonRoundTrip()
    {
        const QList<BadgeStock> stocks = StockCatalog::builtIn();
        for (const BadgeStock& stock : stocks) {
            auto back = BadgeStock::fromJson(stock.toJson());
            QVERIFY(back.ok());
            QCOMPARE(back->toJson(), stock.toJson());
        }
    }

    void customStockIsRememberedAndListed()
    {
        BadgeStock stock;
        stock.name = QStringLiteral("Our own 100 × 70");
        stock.pageSize = QSizeF(210, 297);
        stock.labelSize = QSizeF(100, 70);
        stock.columns = 2;
        stock.rows = 4;
        stock.origin = QPointF(5, 8.5);
        stock.pitch = QSizeF(100, 70);
        QVERIFY(StockCatalog::setCustomStock(stock).ok());
        auto found = StockCatalog::find(StockCatalog::customStockId());
        QVERIFY(found.ok());
        QCOMPARE(found->labelRect(7), QRectF(105, 218.5, 100, 70));
        QCOMPARE(StockCatalog::all().size(), StockCatalog::builtIn().size() + 1);

        stock.origin = QPointF(50, 0); // now the second column runs off the page
        QVERIFY(!StockCatalog::setCustomStock(stock).ok());
        QCOMPARE(StockCatalog::customStock()->origin, QPointF(5, 8.5));
    }

    void startPositionAndOffsetPlaceBadges()
    {
        auto stock = StockCatalog::find(QStringLiteral("avery-l4785"));
        QVERIFY(stock.ok());
        const SheetLayout sheet(stock.value(), 4, QPointF(1.5, -0.5));
        QVERIFY(sheet.validate().ok());
        const BadgePlacement first = sheet.placement(0);
        QCOMPARE(first.page, 0);
        QCOMPARE(first.slot, 3);
        QCOMPARE(first.labelRect, QRectF(114.5, 67.5, 80, 50));
        QCOMPARE(sheet.placement(6).page, 0);
        QCOMPARE(sheet.placement(7).page, 1);
        QCOMPARE(sheet.placement(7).slot, 0);
        QCOMPARE(sheet.pageCount(7), 1);
        QCOMPARE(sheet.pageCount(8), 2);
        QCOMPARE(sheet.pageCount(0), 0);
        QVERIFY(!SheetLayout(stock.value(), 11).validate().ok());
        QVERIFY(!SheetLayout(stock.value(), 0).validate().ok());
        QVERIFY(!SheetLayout(stock.value(), 1, QPointF(25, 0)).validate().ok());
    }
};

QTEST_MAIN(TestBadgeStock)
#include "tst_badgestock.moc"
