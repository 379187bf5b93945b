#include "badges/badgefonts.h"
#include "badges/badgejob.h"
#include "badges/badgelayout.h"
#include "badges/badgerenderer.h"
#include "badges/qrcodepath.h"
#include "badges/sheetlayout.h"
#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

constexpr double pxPerMm = 8.0;

const OrganisationType slotTypes[] = {OrganisationType::Municipality, OrganisationType::Region,
                                      OrganisationType::CountyCouncil};

BadgeContent badgeFor(int slot)
{
    BadgeContent c;
    c.firstName = QStringLiteral("Åsa");
    c.lastName = QStringLiteral("Hägglund");
    c.organisation = QStringLiteral("Umeå kommun");
    c.organisationType = slotTypes[slot % 3];
    c.code = QStringLiteral("DV%1").arg(slot);
    c.eventName = QStringLiteral("Digitala Västerbotten");
    return c;
}

// The page sizes (in points) of every page of a PDF, read from its MediaBox entries.
QList<QSizeF> pdfPageSizes(const QByteArray& pdf)
{
    QList<QSizeF> sizes;
    static const QRegularExpression box(
        QStringLiteral(R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])"));
    auto it = box.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        sizes.append(QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                            m.captured(4).toDouble() - m.captured(2).toDouble()));
    }
    return sizes;
}

bool near(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40 &&
           std::abs(a.blue() - b.blue()) < 40;
}

} // namespace

class TestBadgeSheet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(BadgeFonts::ensureLoaded()); }

    void stocks_data()
    {
        QTest::addColumn<QString>("stockId");
        const QList<BadgeStock> stocks = StockCatalog::builtIn();
        for (const BadgeStock& stock : stocks)
            QTest::newRow(qPrintable(stock.id)) << stock.id;
    }

    // The PDF has the stock's page size (to whole points, as QPdfWriter rounds) on every page,
    // and as many pages as the badges need.
    void pdfPageSizeIsTheStocks_data() { stocks_data(); }
    void pdfPageSizeIsTheStocks()
    {
        QFETCH(QString, stockId);
        const BadgeStock stock = StockCatalog::find(stockId).value();
        QList<BadgeContent> badges;
        for (int i = 0; i < stock.labelsPerPage() + 1; ++i)
            badges.append(badgeFor(i));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("badges.pdf"));
        const BadgeJob job{stock, TemplateCatalog::builtIn().constFirst(), 1, {}, false};
        auto written = writeBadgePdf(path, job, badges);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(written.value(), int(badges.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QSizeF> pages = pdfPageSizes(file.readAll());
        QCOMPARE(pages.size(), 2);
        const QSizeF wantedPt = stock.pageSize * (72.0 / 25.4);
        for (const QSizeF& page : pages) {
            QVERIFY2(std::abs(page.width() - wantedPt.width()) <= 1.0 &&
                         std::abs(page.height() - wantedPt.height()) <= 1.0,
                     qPrintable(QStringLiteral("%1 x %2 pt, wanted %3 x %4")
                                    .arg(page.width())
                                    .arg(page.height())
                                    .arg(wantedPt.width())
                                    .arg(wantedPt.height())));
        }
    }

    // Rendered to an image through the same code the PDF uses, every badge's band starts and
    // ends at its label's edges and its QR code sits inside the label.
    void badgesSitOnTheirLabels_data() { stocks_data(); }
    void badgesSitOnTheirLabels()
    {
        QFETCH(QString, stockId);
        const BadgeStock stock = StockCatalog::find(stockId).value();
        const BadgeTemplate badgeTemplate = TemplateCatalog::builtIn().constFirst();
        QCOMPARE(badgeTemplate.band, BadgeTemplate::Band::Top);
        const BadgeJob job{stock, badgeTemplate, 1, {}, false};
        // A white margin around the page lets the test look just outside every label.
        constexpr double margin = 2.0;
        QImage image(((stock.pageSize + QSizeF(2 * margin, 2 * margin)) * pxPerMm).toSize(),
                     QImage::Format_RGB32);
        image.fill(Qt::white);
        const BadgeRenderer renderer(badgeTemplate);
        const SheetLayout sheet(stock);
        {
            QPainter painter(&image);
            painter.scale(pxPerMm, pxPerMm);
            painter.translate(margin, margin);
            for (int slot = 0; slot < stock.labelsPerPage(); ++slot)
                paintBadgeAt(painter, job, renderer, sheet.placement(slot).labelRect,
                             badgeFor(slot));
        }
        const QSizeF size = stock.badgeSize();
        for (int slot = 0; slot < stock.labelsPerPage(); ++slot) {
            const QRectF label = stock.labelRect(slot);
            const BadgeContent content = badgeFor(slot);
            const BadgeLayout layout = BadgeLayout::compute(badgeTemplate, size, content);
            // Badge coordinates to page pixels; a turned badge's top runs down the label's right.
            auto pixel = [&](double x, double y) {
                const QPointF page = stock.rotateContent
                                         ? QPointF(label.right() - y, label.top() + x)
                                         : QPointF(label.left() + x, label.top() + y);
                return image.pixelColor(((page + QPointF(margin, margin)) * pxPerMm).toPoint());
            };
            const QColor band = layout.bandColour;
            const double inset = stock.cornerRadius + 0.4;
            const double mid = 0.5; // above the event name set in the band
            QVERIFY2(near(pixel(inset, mid), band),
                     qPrintable(QStringLiteral("slot %1").arg(slot)));
            QVERIFY(near(pixel(size.width() - inset, mid), band));
            QVERIFY(near(pixel(size.width() / 2, 0.3), band));
            QVERIFY(near(pixel(size.width() / 2, layout.band.height() - 0.3), band));
            // Just outside the label's band ends and below the band: not this badge's colour.
            QVERIFY(!near(pixel(-0.4, mid), band));
            QVERIFY(!near(pixel(size.width() + 0.4, mid), band));
            QVERIFY(!near(pixel(size.width() / 2 + 20, layout.band.height() + 0.3), band));
            // The QR code's top-left finder module is dark and inside the label.
            QVERIFY(layout.qrCode.isValid());
            auto qr = makeQrCodePath(content.code);
            const double module = layout.qrCode.width() / qr->modules;
            const QColor finder =
                pixel(layout.qrCode.left() + module * 0.5, layout.qrCode.top() + module * 0.5);
            QVERIFY2(finder.lightness() < 60, qPrintable(finder.name()));
            const QColor ring =
                pixel(layout.qrCode.left() + module * 1.5, layout.qrCode.top() + module * 1.5);
            QVERIFY(ring.lightness() > 200);
        }
    }

    void startPositionLeavesUsedLabelsBlank()
    {
        const BadgeStock stock = StockCatalog::find(QStringLiteral("avery-l4785")).value();
        const BadgeTemplate badgeTemplate = TemplateCatalog::builtIn().constFirst();
        const BadgeJob job{stock, badgeTemplate, 4, QPointF(2, 1), false};
        const BadgeRenderer renderer(badgeTemplate);
        const SheetLayout sheet(stock, job.startPosition, job.offset);
        QImage image((stock.pageSize * pxPerMm).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.scale(pxPerMm, pxPerMm);
            for (int i = 0; i < 2; ++i)
                paintBadgeAt(painter, job, renderer, sheet.placement(i).labelRect, badgeFor(0));
        }
        const QColor band = badgeTemplate.bandColour(OrganisationType::Municipality);
        auto at = [&](int slot, QPointF extra) {
            const QPointF p = stock.labelRect(slot).topLeft() + extra;
            return image.pixelColor((p * pxPerMm).toPoint());
        };
        for (int slot = 0; slot < 3; ++slot)
            QVERIFY(!near(at(slot, QPointF(40, 4)), band));
        // Labels 4 and 5 carry badges, moved by the calibration offset.
        QVERIFY(near(at(3, QPointF(40 + 2, 1.3)), band));
        QVERIFY(!near(at(3, QPointF(40, 0.6)), band));
        QVERIFY(near(at(4, QPointF(40 + 2, 1.3)), band));
        QVERIFY(!near(at(5, QPointF(40, 4)), band));
    }

    // The calibration page draws each label's outline where the offset puts the badges.
    void testSheetOutlinesFollowTheOffset()
    {
        const BadgeStock stock = StockCatalog::find(QStringLiteral("durable-1456-02")).value();
        const QPointF offset(2.0, -1.5);
        QImage image((stock.pageSize * pxPerMm).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.scale(pxPerMm, pxPerMm);
            paintTestSheet(painter, stock, offset);
        }
        auto dark = [&](QPointF mm) {
            return image.pixelColor((mm * pxPerMm).toPoint()).lightness() < 160;
        };
        for (int slot = 0; slot < stock.labelsPerPage(); ++slot) {
            const QRectF label = stock.labelRect(slot);
            const double midY = label.center().y() + 10; // below the centre cross
            QVERIFY(dark(QPointF(label.left() + offset.x(), midY + offset.y())));
            QVERIFY(!dark(QPointF(label.left() + offset.x() - 1.0, midY + offset.y())));
            QVERIFY(!dark(QPointF(label.left() + offset.x() + 1.0, midY + offset.y())));
            QVERIFY(dark(label.center() + offset));
        }
    }

    void cancelledPdfLeavesNoFile()
    {
        const BadgeStock stock = StockCatalog::find(QStringLiteral("avery-l4785")).value();
        const BadgeJob job{stock, TemplateCatalog::builtIn().constFirst(), 1, {}, false};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        const QList<BadgeContent> badges{badgeFor(0), badgeFor(1), badgeFor(2)};
        auto written = writeBadgePdf(path, job, badges, [](int done, int) { return done < 2; });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Refused);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!writeBadgePdf(path, job, {}).ok());
        QVERIFY(!writeBadgePdf(dir.filePath(QStringLiteral("no/such/dir.pdf")), job, badges).ok());
        BadgeJob badStart = job;
        badStart.startPosition = 11;
        auto refusedStart = writeBadgePdf(path, badStart, badges);
        QCOMPARE(refusedStart.error().kind, ErrorKind::BadInput);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestBadgeSheet)
#include "tst_badgesheet.moc"
