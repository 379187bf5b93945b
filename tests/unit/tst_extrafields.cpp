// The extra fields are written without building a QJsonDocument: the text must be the one
// QJsonDocument writes, for every character a list can hold, so that nothing stored before
// reads differently and every reader of the column keeps working.
#include "store/extrafields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace entre;

namespace {

QString documentJson(const QVariantMap& extra)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(extra)).toJson(QJsonDocument::Compact));
}

QString text(std::initializer_list<char16_t> units)
{
    QString s;
    for (char16_t unit : units)
        s.append(QChar(unit));
    return s;
}

} // namespace

class TestExtraFields : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writtenAsQJsonDocumentWrites_data()
    {
        QTest::addColumn<QVariantMap>("extra");
        QTest::newRow("none") << QVariantMap();
        QTest::newRow("one field")
            << QVariantMap{{QStringLiteral("Anmäld"), QStringLiteral("2026-03-03 15:58")}};
        QTest::newRow("empty key and value") << QVariantMap{{QString(), QString()}};
        QTest::newRow("keys in order")
            << QVariantMap{{QStringLiteral("Önskemål"), QStringLiteral("a")},
                           {QStringLiteral("zeta"), QStringLiteral("b")},
                           {QStringLiteral("Alfa"), QStringLiteral("c")},
                           {QStringLiteral("alfa"), QStringLiteral("d")},
                           {QStringLiteral("Ärende"), QStringLiteral("e")}};
        QString everyAscii;
        for (char16_t unit = 0; unit < 0x80; ++unit)
            everyAscii.append(QChar(unit));
        QTest::newRow("every ASCII character")
            << QVariantMap{{everyAscii, everyAscii}, {QStringLiteral("k"), everyAscii}};
        QTest::newRow("quotes and backslashes")
            << QVariantMap{{QStringLiteral("\"Fråga\"\\"), QStringLiteral("C:\\väg\\\"x\"")}};
        QTest::newRow("beyond ASCII")
            << QVariantMap{{QStringLiteral("Kost"),
                            QStringLiteral("åäö ÅÄÖ é ü ß € \u00a0 \u2028 \u2029 \ufeff \uffff")}};
        QTest::newRow("outside the BMP") << QVariantMap{
            {QStringLiteral("Hälsning"), text({0xd83d, 0xde00, u'!', 0xd835, 0xdc00})}};
        QTest::newRow("lone surrogates")
            << QVariantMap{{QStringLiteral("a"), text({u'x', 0xd800, u'y'})},
                           {QStringLiteral("b"), text({0xdc00, u'z'})},
                           {QStringLiteral("c"), text({u'z', 0xdbff})},
                           {text({0xdfff}), text({0xdc00, 0xd800})}};
        QTest::newRow("not only text") << QVariantMap{
            {QStringLiteral("antal"), 3}, {QStringLiteral("namn"), QStringLiteral("x")}};
    }
    void writtenAsQJsonDocumentWrites()
    {
        QFETCH(QVariantMap, extra);
        QCOMPARE(extraFieldsToJson(extra), documentJson(extra));
    }

    void readBack()
    {
        const QVariantMap extra{{QStringLiteral("Anmäld"), QStringLiteral("2026-03-03 15:58")},
                                {QStringLiteral("Fråga \"1\""), QStringLiteral("ja\nnej\t\\")},
                                {QStringLiteral("Hälsning"), text({0xd83d, 0xde00})}};
        QCOMPARE(extraFieldsFromJson(extraFieldsToJson(extra)), extra);
        QCOMPARE(extraFieldsFromJson(QStringLiteral("{}")), QVariantMap());
        QCOMPARE(extraFieldsFromJson(QString()), QVariantMap());
    }
};

QTEST_GUILESS_MAIN(TestExtraFields)
#include "tst_extrafields.moc"
