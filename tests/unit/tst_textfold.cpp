// foldForMatching against the rule it keeps, spelt out here on its own: decompose (NFD), drop the
// combining marks, collapse white space, fold case. The import folds Latin-1 text by a table;
// the table must fold every character, and every mix of them, as the rule does.
#include "import/importkeys.h"
#include "util/textfold.h"

#include <QRandomGenerator>
#include <QTest>

using namespace entre;

namespace {

QString byTheRule(const QString& text)
{
    QString kept;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            kept.append(c);
    }
    return kept.simplified().toCaseFolded();
}

} // namespace

class TestTextFold : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("organisation")
            << QStringLiteral("  Umeå   KOMMUN ") << QStringLiteral("umea kommun");
        QTest::newRow("swedish letters") << QStringLiteral("ÅÄÖ åäö") << QStringLiteral("aao aao");
        QTest::newRow("accents") << QStringLiteral("Éva Müller-Lüdenscheidt")
                                 << QStringLiteral("eva muller-ludenscheidt");
        QTest::newRow("kept letters")
            << QStringLiteral("Øresund Æble") << QStringLiteral("øresund æble");
        QTest::newRow("sharp s") << QStringLiteral("STRAßE") << QStringLiteral("straße");
        QTest::newRow("no-break space and tab")
            << QStringLiteral("Anna\u00a0\tMaria ") << QStringLiteral("anna maria");
        QTest::newRow("beyond Latin-1")
            << QStringLiteral("Łukasz Ångström\u030a") << QStringLiteral("łukasz angstrom");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only space") << QStringLiteral(" \t ") << QString();
    }
    void examples()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForMatching(text), folded);
    }

    void everyLatin1CharacterFoldsByTheRule()
    {
        for (char16_t c = 0; c < 256; ++c) {
            const QString text = QStringLiteral("x") + QChar(c) + QStringLiteral("Y");
            QCOMPARE(foldForMatching(text), byTheRule(text));
        }
    }

    void mixedTextFoldsByTheRule()
    {
        const QString alphabet = QStringLiteral("aAzZåÅäÄöÖéÉüÜßøØæÆçÇñÑÿµ \t\u00a0\u0085-.@0"
                                                "\u0301\u0308\u2003Ł\u1e9e");
        QRandomGenerator rng(20261205);
        for (int i = 0; i < 5000; ++i) {
            QString text;
            const int length = rng.bounded(12);
            for (int j = 0; j < length; ++j)
                text.append(alphabet.at(rng.bounded(int(alphabet.size()))));
            QCOMPARE(foldForMatching(text), byTheRule(text));
        }
    }

    // The import folds a row's first and last name once for both its keys: the person key made
    // from them is the one folding the whole name makes.
    void personKeyFromFoldedNames()
    {
        const QString alphabet = QStringLiteral("aÅö \t\u00a0\u0301Ł");
        QRandomGenerator rng(5);
        for (int i = 0; i < 5000; ++i) {
            AttendeeDetails details;
            for (QString* name : {&details.firstName, &details.lastName}) {
                const int length = rng.bounded(5);
                for (int j = 0; j < length; ++j)
                    name->append(alphabet.at(rng.bounded(int(alphabet.size()))));
            }
            const ImportKeys::FoldedName folded(details);
            QCOMPARE(folded.person(), byTheRule(details.firstName + u' ' + details.lastName));
            QCOMPARE(folded.person(), ImportKeys::person(details.firstName, details.lastName));
            QCOMPARE(folded.names(), byTheRule(details.firstName) + u'\x1f' +
                                         byTheRule(details.lastName) + u'\x1f');
        }
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
