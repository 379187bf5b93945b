#include "badgefixture.h"
#include "badges/badgefonts.h"
#include "badges/textfit.h"

#include <QTest>

using namespace entre;

class TestBadgeTextFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(BadgeFonts::ensureLoaded()); }

    void shortTextKeepsItsSize()
    {
        const FittedText fitted = fitText({QStringLiteral("Åsa"), QSizeF(80, 14), 11, 7, true, 2});
        QCOMPARE(fitted.lines, QStringList{QStringLiteral("Åsa")});
        QCOMPARE(fitted.emSize, 11.0);
    }

    void fits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSizeF>("box");
        QTest::addColumn<double>("maxEm");
        QTest::addColumn<double>("minEm");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<int>("lines");
        // The longest names in the sample list, on the first-name row of a 90 × 54 badge.
        const QList<AttendeeDetails> people = test::readRegistrations(test::sampleCsvPath());
        QVERIFY(!people.isEmpty());
        QString longestFirst, longestLast, longestOrganisation;
        for (const AttendeeDetails& p : people) {
            if (p.firstName.size() > longestFirst.size())
                longestFirst = p.firstName;
            if (p.lastName.size() > longestLast.size())
                longestLast = p.lastName;
            if (p.organisation.size() > longestOrganisation.size())
                longestOrganisation = p.organisation;
        }
        QTest::newRow("longest first name")
            << longestFirst << QSizeF(84, 13.2) << 11.0 << 7.7 << true << 1;
        QTest::newRow("longest last name")
            << longestLast << QSizeF(84, 9) << 7.5 << 5.25 << true << 1;
        QTest::newRow("longest organisation")
            << longestOrganisation << QSizeF(63, 9.2) << 4.8 << 3.6 << false << 1;
        const QString sixty =
            QStringLiteral("Västerbottens läns landstings förvaltning för digitalisering");
        QCOMPARE(sixty.size(), 60);
        QTest::newRow("60-character organisation, wrapped")
            << sixty << QSizeF(63, 9.2) << 4.8 << 3.6 << false << 2;
        QTest::newRow("60-character organisation, narrow roll")
            << sixty << QSizeF(40, 6) << 4.8 << 3.6 << false << 2;
        QTest::newRow("double-barrelled name, wrapped at the hyphen")
            << QStringLiteral("Anna-Karin Wikström-Öhrnberg") << QSizeF(40, 12) << 9.0 << 6.3
            << true << 2;
        QTest::newRow("one very long word is shrunk, never cut")
            << QStringLiteral("Lindqvistbergströmsvägenssonsdotter") << QSizeF(50, 10) << 9.0 << 6.3
            << true << 1;
    }

    void fits()
    {
        QFETCH(QString, text);
        QFETCH(QSizeF, box);
        QFETCH(double, maxEm);
        QFETCH(double, minEm);
        QFETCH(bool, bold);
        QFETCH(int, lines);
        const FittedText fitted = fitText({text, box, maxEm, minEm, bold, 2});
        QCOMPARE(fitted.lines.size(), lines);
        QVERIFY(fitted.emSize > 0 && fitted.emSize <= maxEm);
        // Inside the box, measured again line by line.
        QVERIFY2(fitted.size.width() <= box.width() + 1e-6,
                 qPrintable(QStringLiteral("%1 > %2").arg(fitted.size.width()).arg(box.width())));
        QVERIFY(fitted.size.height() <= box.height() + 1e-6);
        for (const QString& line : fitted.lines)
            QVERIFY(textWidth(line, fitted.emSize, bold) <= box.width() + 1e-6);
        // Nothing cut: the lines put back together are the text.
        QString joined = fitted.lines.join(QLatin1Char(' '));
        if (fitted.lines.size() == 2 && fitted.lines[0].endsWith(QLatin1Char('-')))
            joined = fitted.lines[0] + fitted.lines[1];
        QCOMPARE(joined, text);
    }

    void shrinksBeforeItWraps()
    {
        // A little too wide for 11 mm: shrunk on one line, not wrapped.
        const QString name = QStringLiteral("Britt-Marie Jonsson");
        const double full = textWidth(name, 11, true);
        const FittedText fitted = fitText({name, QSizeF(full * 0.9, 30), 11, 7.7, true, 2});
        QCOMPARE(fitted.lines.size(), 1);
        QVERIFY(fitted.emSize < 11 && fitted.emSize >= 7.7);
    }

    void emptyTextTakesNoRoom()
    {
        QVERIFY(fitText({QStringLiteral("  "), QSizeF(80, 10), 5, 3, false, 2}).isEmpty());
    }
};

QTEST_MAIN(TestBadgeTextFit)
#include "tst_badgetextfit.moc"
