#include "badges/badgefonts.h"
#include "badges/badgelayout.h"
#include "badges/badgerenderer.h"
#include "badges/qrcodepath.h"
#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace entre;

namespace {

BadgeContent person(QString first, QString last, QString organisation, QString title)
{
    BadgeContent c;
    c.firstName = std::move(first);
    c.lastName = std::move(last);
    c.organisation = std::move(organisation);
    c.title = std::move(title);
    c.organisationType = OrganisationType::CountyCouncil;
    c.code = QStringLiteral("DV-2016-0148");
    c.eventName = QStringLiteral("Digitala Västerbotten – kick-off 15 juni, Hotell Lappland");
    return c;
}

QList<BadgeContent> hardCases()
{
    return {
        person(QStringLiteral("Birgitta"), QStringLiteral("Jonsson-Lind"),
               QStringLiteral("Västerbottens läns landsting"),
               QStringLiteral("Näringslivsutvecklare")),
        person(QStringLiteral("Britt-Marie Anna-Karin"),
               QStringLiteral("Wikström-Öhrnberg af Ekenstam"),
               QStringLiteral("Västerbottens läns landstings förvaltning för digitalisering"),
               QStringLiteral("Strateg för digital utveckling och e-hälsa i glesbygd")),
        person(QStringLiteral("Åsa"), QStringLiteral("Öberg"), {}, {}),
        person(QStringLiteral("Lindqvistbergströmsvägenssonsdotter"), QStringLiteral("Ö"),
               QStringLiteral("Umeå"), {}),
    };
}

} // namespace

class TestBadgeLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(BadgeFonts::ensureLoaded()); }

    void everythingStaysInside_data()
    {
        QTest::addColumn<BadgeStock>("stock");
        QTest::addColumn<BadgeTemplate>("badgeTemplate");
        const QList<BadgeStock> stocks = StockCatalog::builtIn();
        const QList<BadgeTemplate> templates = TemplateCatalog::builtIn();
        QVERIFY(stocks.size() >= 12);
        QCOMPARE(templates.size(), 3);
        for (const BadgeStock& stock : stocks) {
            for (const BadgeTemplate& t : templates)
                QTest::addRow("%s / %s", qPrintable(stock.id), qPrintable(t.name)) << stock << t;
        }
    }

    void everythingStaysInside()
    {
        QFETCH(BadgeStock, stock);
        QFETCH(BadgeTemplate, badgeTemplate);
        const QSizeF size = stock.badgeSize();
        const QRectF badge(QPointF(0, 0), size);
        const double eps = 1e-6;
        const QList<BadgeContent> people = hardCases();
        for (const BadgeContent& content : people) {
            const BadgeLayout layout = BadgeLayout::compute(badgeTemplate, size, content);
            QList<QRectF> blocks;
            const QList<const PlacedText*> texts = layout.texts();
            for (const PlacedText* text : texts) {
                if (text->isEmpty())
                    continue;
                const QRectF box = text->box.adjusted(-eps, -eps, eps, eps);
                QVERIFY2(box.contains(text->block),
                         qPrintable(text->text.lines.join(QLatin1Char('|'))));
                QVERIFY(badge.contains(text->box.adjusted(eps, eps, -eps, -eps)));
                QVERIFY(text->text.lines.size() <= 2);
                // Readable from a distance: nothing set in a tiny font except on pathological
                // input (a 35-letter word).
                if (!content.firstName.startsWith(QLatin1String("Lindqvist")))
                    QVERIFY2(text->text.emSize >= 2.0,
                             qPrintable(QString::number(text->text.emSize)));
                blocks.append(text->block);
            }
            // The name is there and biggest.
            QVERIFY(!layout.firstName.isEmpty());
            if (!content.firstName.startsWith(QLatin1String("Lindqvist")))
                QVERIFY(layout.firstName.text.emSize >= layout.organisation.text.emSize);
            if (layout.qrCode.isValid()) {
                QVERIFY(badge.contains(layout.qrCode));
                blocks.append(layout.qrCode);
            }
            if (layout.band.isValid())
                QVERIFY(badge.adjusted(-eps, -eps, eps, eps).contains(layout.band));
            for (qsizetype a = 0; a < blocks.size(); ++a) {
                for (qsizetype b = a + 1; b < blocks.size(); ++b) {
                    const QRectF overlap = blocks[a].intersected(blocks[b]);
                    QVERIFY2(overlap.width() < 0.05 || overlap.height() < 0.05,
                             qPrintable(QStringLiteral("%1 overlaps %2 on %3")
                                            .arg(a)
                                            .arg(b)
                                            .arg(content.fullName())));
                }
            }
        }
    }

    void bandColourFollowsOrganisationType()
    {
        BadgeTemplate t = TemplateCatalog::builtIn().constFirst();
        t.bandColours[OrganisationType::Company] = QColor(0x12, 0x34, 0x56);
        BadgeContent c = hardCases().constFirst();
        c.organisationType = OrganisationType::Company;
        QCOMPARE(BadgeLayout::compute(t, QSizeF(90, 54), c).bandColour, QColor(0x12, 0x34, 0x56));
        c.organisationType = OrganisationType::Municipality;
        QCOMPARE(BadgeLayout::compute(t, QSizeF(90, 54), c).bandColour,
                 BadgeTemplate::defaultBandColours().value(OrganisationType::Municipality));
    }

    void logoSitsInTheBandBesideTheEventName()
    {
        BadgeTemplate t = TemplateCatalog::builtIn().constFirst();
        QImage logo(300, 100, QImage::Format_ARGB32);
        logo.fill(Qt::yellow);
        QBuffer buffer(&t.logoPng);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        const BadgeContent content = hardCases().constFirst();
        const BadgeLayout layout = BadgeLayout::compute(t, QSizeF(90, 54), content);
        QVERIFY(layout.logo.isValid());
        QVERIFY(layout.band.contains(layout.logo));
        QVERIFY(std::abs(layout.logo.width() / layout.logo.height() - 3.0) < 0.01);
        QVERIFY(layout.eventName.block.right() <= layout.logo.left());

        // Drawn: yellow where the logo is, the band's colour left of it.
        QImage image(900, 540, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.scale(10, 10);
            BadgeRenderer(t).paint(painter, QSizeF(90, 54), content);
        }
        QCOMPARE(image.pixelColor((layout.logo.center() * 10).toPoint()), QColor(Qt::yellow));
        QCOMPARE(image.pixelColor(QPoint(int(layout.logo.left() * 10) - 20, 5)), layout.bandColour);
    }

    void qrCodeIsOnePathOfMergedRuns()
    {
        auto qr = makeQrCodePath(QStringLiteral("DV-2016-0148"));
        QVERIFY(qr.ok());
        QVERIFY(qr->modules >= 21);
        // Finder pattern: dark corner, light ring, dark centre.
        QVERIFY(qr->path.contains(QPointF(0.5, 0.5)));
        QVERIFY(!qr->path.contains(QPointF(1.5, 1.5)));
        QVERIFY(qr->path.contains(QPointF(3.5, 3.5)));
        QVERIFY(qr->path.contains(QPointF(qr->modules - 0.5, 0.5)));
        QVERIFY(qr->path.contains(QPointF(0.5, qr->modules - 0.5)));
        // Runs are merged: the top row's 7-module finder bar is one rectangle, not seven.
        int rectangles = 0;
        for (int i = 0; i < qr->path.elementCount(); ++i)
            rectangles += qr->path.elementAt(i).isMoveTo() ? 1 : 0;
        int dark = 0;
        for (int y = 0; y < qr->modules; ++y)
            for (int x = 0; x < qr->modules; ++x)
                dark += qr->path.contains(QPointF(x + 0.5, y + 0.5)) ? 1 : 0;
        QVERIFY2(rectangles * 10 < dark * 7,
                 qPrintable(QStringLiteral("%1 %2").arg(rectangles).arg(dark)));
        QVERIFY(!makeQrCodePath(QString()).ok());
    }
};

QTEST_MAIN(TestBadgeLayout)
#include "tst_badgelayout.moc"
