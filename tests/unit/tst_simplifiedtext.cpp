// simplifiedText() against QString::simplified(), for every kind of white space Qt knows, and
// without a copy where the text already is simplified.
#include "util/simplifiedtext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace entre;

class TestSimplifiedText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void asQStringSimplifies()
    {
        const QString alphabet =
            QStringLiteral("aÅ  \t\n\r\v\f\u0085\u00a0\u1680\u2003\u2028\u3000x");
        QRandomGenerator rng(1205);
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = rng.bounded(7);
            for (int j = 0; j < length; ++j)
                text.append(alphabet.at(rng.bounded(int(alphabet.size()))));
            QCOMPARE(simplifiedText(text), text.simplified());
        }
        QVERIFY(simplifiedText(QString()).isNull());
        QCOMPARE(simplifiedText(QStringLiteral("")), QStringLiteral(""));
    }

    void sharesTextThatIsSimplifiedAlready()
    {
        const QString simplified = QString::fromUtf8("Anna-Karin Öberg");
        QCOMPARE(simplifiedText(simplified).constData(), simplified.constData());
        const QString spaced = QString::fromUtf8("Anna-Karin  Öberg");
        const QString result = simplifiedText(spaced);
        QVERIFY(result.constData() != spaced.constData());
        QCOMPARE(result, simplified);
    }
};

QTEST_GUILESS_MAIN(TestSimplifiedText)
#include "tst_simplifiedtext.moc"
