// Swedish alphabetical order checked against a list written out by hand, not against the code
// under test: Å, Ä, Ö after Z, accents and case only break ties.
#include "util/swedishorder.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>

using namespace entre;

namespace {

// In the order a Swedish register lists them.
const QStringList expected = {
    QStringLiteral("Abrahamsson"), QStringLiteral("Adolfsson"), QStringLiteral("berg"),
    QStringLiteral("Berg"),        QStringLiteral("Eriksson"),  QStringLiteral("Ériksson"),
    QStringLiteral("Mustonen"),    QStringLiteral("Müller"), // ü is a y
    QStringLiteral("Mäki"),        QStringLiteral("Vik"),       QStringLiteral("Wikström"),
    QStringLiteral("Zetterlund"),  QStringLiteral("Zorn"),      QStringLiteral("Åberg"),
    QStringLiteral("Åkesson"),     QStringLiteral("Ängel"),     QStringLiteral("Öberg"),
    QStringLiteral("Östlund"),
};

QStringList shuffled(QStringList list, quint32 seed)
{
    QRandomGenerator rng(seed);
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, rng.bounded(int(i + 1)));
    return list;
}

} // namespace

class TestSwedishOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lessSortsAsTheRegister_data();
    void lessSortsAsTheRegister();
    void sortKeysCompareAsBytesInTheSameOrder();
    void personsSortByLastNameThenFirstName();
};

void TestSwedishOrder::lessSortsAsTheRegister_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u})
        QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

void TestSwedishOrder::lessSortsAsTheRegister()
{
    QFETCH(quint32, seed);
    QStringList names = shuffled(expected, seed);
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return swedishLess(a, b); });
    QCOMPARE(names, expected);
    QVERIFY(swedishLess(QStringLiteral("Zorn"), QStringLiteral("Ängel")));
    QVERIFY(swedishLess(QStringLiteral("Åberg"), QStringLiteral("Öberg")));
    QVERIFY(!swedishLess(QStringLiteral("Öberg"), QStringLiteral("Åberg")));
}

void TestSwedishOrder::sortKeysCompareAsBytesInTheSameOrder()
{
    // The key is what SQLite indexes and sorts with memcmp.
    QStringList names = shuffled(expected, 7);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return swedishSortKey(a) < swedishSortKey(b);
    });
    QCOMPARE(names, expected);
}

void TestSwedishOrder::personsSortByLastNameThenFirstName()
{
    const QList<QPair<QString, QString>> people = {
        {QStringLiteral("Anna"), QStringLiteral("Zorn")},
        {QStringLiteral("Åsa"), QStringLiteral("Åberg")},
        {QStringLiteral("Örjan"), QStringLiteral("Åberg")},
        {QStringLiteral("Anna"), QStringLiteral("Öberg")},
    };
    for (qsizetype i = 1; i < people.size(); ++i) {
        const auto& before = people.at(i - 1);
        const auto& after = people.at(i);
        QVERIFY2(
            personSortKey(before.first, before.second) < personSortKey(after.first, after.second),
            qPrintable(before.second + QLatin1String(", ") + before.first + QLatin1String(" < ") +
                       after.second + QLatin1String(", ") + after.first));
    }
}

QTEST_GUILESS_MAIN(TestSwedishOrder)
#include "tst_swedishorder.moc"
