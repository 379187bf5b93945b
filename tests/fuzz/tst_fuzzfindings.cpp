// Every input the fuzz targets found a problem with, replayed through the same checks: kept as
// tests/data/fuzz/<target>/<file>, each must now pass.
#include "fuzzchecks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestFuzzFindings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replaysFindings_data();
    void replaysFindings();
};

void TestFuzzFindings::replaysFindings_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir root(qEnvironmentVariable("ENTRE_TEST_DATA") + QStringLiteral("/fuzz"));
    QVERIFY2(root.exists(), qPrintable(root.path()));
    int count = 0;
    for (const QString& target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir folder(root.filePath(target));
        for (const QString& file : folder.entryList(QDir::Files)) {
            QTest::newRow(qPrintable(target + QLatin1Char('/') + file))
                << target << folder.filePath(file);
            ++count;
        }
    }
    QVERIFY(count > 0);
}

void TestFuzzFindings::replaysFindings()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());

    QString problem;
    if (target == QLatin1String("fuzz_text"))
        problem = entre::fuzz::checkText(bytes, scratch.filePath(QStringLiteral("input.csv")));
    else if (target == QLatin1String("fuzz_xlsx"))
        problem = entre::fuzz::checkWorkbook(bytes, scratch.filePath(QStringLiteral("input.xlsx")));
    else if (target == QLatin1String("fuzz_ods"))
        problem = entre::fuzz::checkWorkbook(bytes, scratch.filePath(QStringLiteral("input.ods")));
    else if (target == QLatin1String("fuzz_headers"))
        problem = entre::fuzz::checkHeaders(bytes);
    else if (target == QLatin1String("fuzz_ftsquery"))
        problem = entre::fuzz::checkSearch(bytes);
    else
        QFAIL(qPrintable(QStringLiteral("no fuzz target called ") + target));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
