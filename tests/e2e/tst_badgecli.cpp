#include "badgefixture.h"
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

CliRun cli(const QStringList& arguments)
{
    return entreCli(QStringList{QStringLiteral("badges")} + arguments);
}

int pdfPages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page[^s])"));
    return int(QString::fromLatin1(file.readAll()).count(page));
}

} // namespace

class TestBadgeCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString event() const { return m_dir.filePath(QStringLiteral("event.entre")); }
    QString out(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        auto store = entre::test::makeBadgeEvent(event());
        QVERIFY2(store.ok(), qPrintable(store.error().message));
    }

    void listsStocks()
    {
        const CliRun run = cli({QStringLiteral("--list-stocks"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray stocks = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(stocks.size() >= 12);
        QCOMPARE(stocks.first().toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("single-90x54"));
    }

    void everyoneOnSheets()
    {
        const CliRun run =
            cli({event(), QStringLiteral("-o"), out("all.pdf"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QLatin1String("badges")).toInt(), 148);
        QCOMPARE(result.value(QLatin1String("stock")).toString(), QStringLiteral("avery-l4785"));
        QCOMPARE(pdfPages(out("all.pdf")), 15);
    }

    void startPositionAddsAPage()
    {
        // 148 badges from label 3: 2 + 148 = 150 labels, still 15 sheets; from label 4, 16.
        QCOMPARE(cli({event(), QStringLiteral("--start"), QStringLiteral("3"), QStringLiteral("-o"),
                      out("s3.pdf")})
                     .exitCode,
                 0);
        QCOMPARE(pdfPages(out("s3.pdf")), 15);
        QCOMPARE(cli({event(), QStringLiteral("--start"), QStringLiteral("4"), QStringLiteral("-o"),
                      out("s4.pdf")})
                     .exitCode,
                 0);
        QCOMPARE(pdfPages(out("s4.pdf")), 16);
    }

    void oneOrganisationOnARoll()
    {
        const CliRun run =
            cli({event(), QStringLiteral("--organisation"), QStringLiteral("Malå kommun"),
                 QStringLiteral("--stock"), QStringLiteral("dymo-99014"), QStringLiteral("-o"),
                 out("mala.pdf"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const int badges = QJsonDocument::fromJson(run.out.toUtf8())
                               .object()
                               .value(QLatin1String("badges"))
                               .toInt();
        QVERIFY(badges > 0 && badges < 148);
        QCOMPARE(pdfPages(out("mala.pdf")), badges);
    }

    void markPrintedThenNotPrinted()
    {
        QCOMPARE(cli({event(), QStringLiteral("--organisation"), QStringLiteral("Umeå kommun"),
                      QStringLiteral("-o"), out("umea.pdf"), QStringLiteral("--mark-printed")})
                     .exitCode,
                 0);
        const CliRun rest = cli({event(), QStringLiteral("--not-printed"), QStringLiteral("-o"),
                                 out("rest.pdf"), QStringLiteral("--json")});
        QCOMPARE(rest.exitCode, 0);
        const int left = QJsonDocument::fromJson(rest.out.toUtf8())
                             .object()
                             .value(QLatin1String("badges"))
                             .toInt();
        QVERIFY(left > 0 && left < 148);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = m_dir.filePath(QStringLiteral("event.entre"));
        const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
        QTest::newRow("no output") << QStringList{file} << 2 << QStringLiteral("-o OUT.pdf");
        QTest::newRow("unknown stock")
            << QStringList{file, QStringLiteral("--stock"), QStringLiteral("nope"),
                           QStringLiteral("-o"), pdf}
            << 2 << QStringLiteral("avery-l4785");
        QTest::newRow("unknown template")
            << QStringList{file, QStringLiteral("--template"), QStringLiteral("nope"),
                           QStringLiteral("-o"), pdf}
            << 2 << QStringLiteral("template");
        QTest::newRow("start beyond the sheet")
            << QStringList{file, QStringLiteral("--start"), QStringLiteral("11"),
                           QStringLiteral("-o"), pdf}
            << 2 << QStringLiteral("between 1 and 10");
        QTest::newRow("two selections")
            << QStringList{file, QStringLiteral("--all"), QStringLiteral("--not-printed"),
                           QStringLiteral("-o"), pdf}
            << 2 << QStringLiteral("Choose one");
        QTest::newRow("unknown code")
            << QStringList{file, QStringLiteral("--codes"), QStringLiteral("NOPE-1"),
                           QStringLiteral("-o"), pdf}
            << 2 << QStringLiteral("NOPE-1");
        QTest::newRow("unknown organisation")
            << QStringList{file, QStringLiteral("--organisation"), QStringLiteral("Ingen AB"),
                           QStringLiteral("-o"), pdf}
            << 2 << QStringLiteral("Ingen AB");
        QTest::newRow("unknown printer")
            << QStringList{file, QStringLiteral("--printer"), QStringLiteral("entre-no-such-queue")}
            << 2 << QStringLiteral("entre-no-such-queue");
        QTest::newRow("bad offset") << QStringList{file, QStringLiteral("--offset"),
                                                   QStringLiteral("1"), QStringLiteral("-o"), pdf}
                                    << 2 << QStringLiteral("--offset");
        QTest::newRow("missing event")
            << QStringList{m_dir.filePath(QStringLiteral("none.entre")), QStringLiteral("-o"), pdf}
            << 2 << QString();
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestBadgeCli)
#include "tst_badgecli.moc"
