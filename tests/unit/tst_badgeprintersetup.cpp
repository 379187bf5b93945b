#include "badges/stockcatalog.h"
#include "printersetup.h"

#include <QPageLayout>
#include <QPrinter>
#include <QTest>

using namespace entre;

class TestBadgePrinterSetup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A label printer's driver knows its own sizes in whole points; those win over a custom
    // size that the driver would not match.
    void matchesTheDriversOwnSize_data()
    {
        QTest::addColumn<QSizeF>("stockMm");
        QTest::addColumn<QList<QSizeF>>("offeredPt");
        QTest::addColumn<int>("expected"); // index into offered, -1 for none
        const QList<QSizeF> dymo{QSizeF(595, 842), QSizeF(154, 286), QSizeF(72, 252)};
        QTest::newRow("Dymo 99014: 153 x 286 pt wanted, 154 x 286 offered")
            << QSizeF(54, 101) << dymo << 1;
        QTest::newRow("landscape badge on a portrait label size") << QSizeF(101, 54) << dymo << 1;
        QTest::newRow("A4 sheet") << QSizeF(210, 297) << dymo << 0;
        QTest::newRow("nothing near: custom size") << QSizeF(90, 54) << dymo << -1;
        QTest::newRow("nearest of two")
            << QSizeF(62, 100) << QList<QSizeF>{QSizeF(178, 286), QSizeF(176, 283)} << 1;
    }

    void matchesTheDriversOwnSize()
    {
        QFETCH(QSizeF, stockMm);
        QFETCH(QList<QSizeF>, offeredPt);
        QFETCH(int, expected);
        QList<QPageSize> offered;
        for (const QSizeF& size : offeredPt)
            offered.append(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
        const QPageSize match = matchPageSize(offered, stockMm);
        if (expected < 0) {
            QVERIFY(!match.isValid());
        } else {
            QVERIFY(match.isValid());
            QCOMPARE(match.size(QPageSize::Point), offered.at(expected).size(QPageSize::Point));
        }
    }

    // A PDF printer takes every stock full page, in the stock's orientation.
    void pdfPrinterTakesEveryStock_data()
    {
        QTest::addColumn<QString>("stockId");
        const QList<BadgeStock> stocks = StockCatalog::builtIn();
        for (const BadgeStock& stock : stocks)
            QTest::newRow(qPrintable(stock.id)) << stock.id;
    }

    void pdfPrinterTakesEveryStock()
    {
        QFETCH(QString, stockId);
        const BadgeStock stock = StockCatalog::find(stockId).value();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        auto prepared = preparePrinter(printer, stock);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error().message));
        QVERIFY(printer.fullPage());
        const QRectF page = printer.pageLayout().fullRect(QPageLayout::Millimeter);
        QVERIFY(std::abs(page.width() - stock.pageSize.width()) < 0.5);
        QVERIFY(std::abs(page.height() - stock.pageSize.height()) < 0.5);
        QCOMPARE(printer.pageLayout().margins(), QMarginsF());
    }

    // Qt keeps a printer on the queue it had (the default printer, when there is one) when
    // given a name it does not know: that must fail, not print somewhere else.
    void missingPrinterIsAFailure()
    {
        const QString missing = QStringLiteral("entre-no-such-printer");
        QPrinter printer(QPrinter::HighResolution);
        auto selected = selectPrinterQueue(printer, missing);
        QVERIFY(!selected.ok());
        QCOMPARE(selected.error().kind, ErrorKind::Failed);
        QVERIFY2(selected.error().message.contains(missing), qPrintable(selected.error().message));

        // Any printer without a queue is no printer either, a PDF printer included.
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        QVERIFY(!selectPrinterQueue(pdf, QString()).ok());
    }
};

QTEST_MAIN(TestBadgePrinterSetup)
#include "tst_badgeprintersetup.moc"
