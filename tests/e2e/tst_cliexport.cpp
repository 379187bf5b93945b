#include "clirun.h"
#include "import/csvparser.h"
#include "import/spreadsheetreader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// entre-cli export on a real event: every list in every format it has (CSV, PDF, xlsx; the
// sign-in sheet as PDF only), each file private and read back, and the combinations that make no
// sense refused with a clear message and no file.
class TestCliExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyListInEveryFormat_data();
    void everyListInEveryFormat();
    void signInSheetIsPdfWithoutBeingAsked();
    void formatsThatDoNotFitAreRefused_data();
    void formatsThatDoNotFitAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_event;
};

namespace {

bool ownerOnly(const QString& path)
{
    return (QFileInfo(path).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser)) ==
           QFileDevice::Permissions();
}

// Every file's text in one string: the CSV or workbook cells joined by '|', or the PDF's text.
QString textOf(const QString& path, const QString& format)
{
    if (format == QLatin1String("pdf")) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    QList<TextRecord> records;
    if (format == QLatin1String("xlsx")) {
        auto sheet = SpreadsheetReader::read(path);
        if (sheet)
            records = sheet->rows;
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return {};
        auto parsed = CsvParser::parse(QString::fromUtf8(bytes.mid(3)), u';');
        if (parsed)
            records = parsed.value();
    }
    QStringList lines;
    for (const TextRecord& record : records)
        lines.append(record.cells.join(u'|'));
    return lines.join(u'\n');
}

} // namespace

void TestCliExport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    m_event = m_dir.filePath(QStringLiteral("kickoff.entre"));
    QCOMPARE(entreCli({QStringLiteral("new"), m_event, QStringLiteral("--name"),
                       QStringLiteral("Uppstart")})
                 .exitCode,
             0);
    const QString list = m_dir.filePath(QStringLiteral("list.csv"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kod;F\xC3\xB6rnamn;Efternamn;Organisation;Titel\n"
               "X-1;\xC3\x85sa;\xC3\x96"
               "berg;Ume\xC3\xA5 kommun;Strateg\n"
               "X-2;=Kalle;Ek;\"Lind; Berg AB\";\n"
               "X-3;Olle;Zander;Ume\xC3\xA5 kommun;\n");
    file.close();
    const CliRun imported = entreCli({QStringLiteral("import"), m_event, list});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(entreCli({QStringLiteral("checkin"), m_event, QStringLiteral("X-1")}).exitCode, 0);
}

void TestCliExport::everyListInEveryFormat_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList everyone{QStringLiteral("Öberg"), QStringLiteral("Zander"),
                               QStringLiteral("'=Kalle")};
    QTest::newRow("attendance csv") << "attendance"
                                    << "csv" << everyone << QStringList();
    QTest::newRow("attendance xlsx") << "attendance"
                                     << "xlsx" << everyone << QStringList();
    QTest::newRow("attendance pdf")
        << "attendance"
        << "pdf"
        << QStringList{QStringLiteral("Attendance list"), QStringLiteral("Öberg, Åsa"),
                       QStringLiteral("2 registered, 1 arrived"),
                       QStringLiteral("Arrivals over time")}
        << QStringList();
    const QStringList missing{QStringLiteral("Zander"), QStringLiteral("'=Kalle")};
    QTest::newRow("no-shows csv") << "no-shows"
                                  << "csv" << missing << QStringList{QStringLiteral("Öberg")};
    QTest::newRow("no-shows xlsx") << "no-shows"
                                   << "xlsx" << missing << QStringList{QStringLiteral("Öberg")};
    QTest::newRow("no-shows pdf") << "no-shows"
                                  << "pdf"
                                  << QStringList{QStringLiteral("No-show list"),
                                                 QStringLiteral("Zander, Olle"),
                                                 QStringLiteral("1 of 2 did not arrive"),
                                                 QStringLiteral("2 of 3 did not arrive")}
                                  << QStringList{QStringLiteral("Öberg")};
    QTest::newRow("sign-in sheet pdf")
        << "sign-in-sheet"
        << "pdf"
        << QStringList{QStringLiteral("Sign-in sheet"), QStringLiteral("Signature"),
                       QStringLiteral("Öberg, Åsa"), QStringLiteral("Strateg"),
                       QStringLiteral("Page 2 of 2")}
        << QStringList();
    // The import and the check-in from initTestCase, with the person's name and organisation.
    const QStringList history{QStringLiteral("Import"), QStringLiteral("Check-in"),
                              QStringLiteral("Öberg, Åsa"), QStringLiteral("Umeå kommun")};
    QTest::newRow("audit csv") << "audit"
                               << "csv" << history << QStringList{QStringLiteral("Zander")};
    QTest::newRow("audit xlsx") << "audit"
                                << "xlsx" << history << QStringList{QStringLiteral("Zander")};
}

void TestCliExport::everyListInEveryFormat()
{
    QFETCH(QString, list);
    QFETCH(QString, format);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString out = m_dir.filePath(list + u'.' + format);
    const CliRun run = entreCli({QStringLiteral("export"), m_event, QStringLiteral("--") + list,
                                 QStringLiteral("--format"), format, QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(out));
    QVERIFY(ownerOnly(out));
    const QString text = textOf(out, format);
    for (const QString& expected : present)
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    for (const QString& unexpected : absent)
        QVERIFY2(!text.contains(unexpected), qPrintable(unexpected));
}

void TestCliExport::signInSheetIsPdfWithoutBeingAsked()
{
    const QString out = m_dir.filePath(QStringLiteral("sheet"));
    const CliRun run = entreCli({QStringLiteral("export"), m_event,
                                 QStringLiteral("--sign-in-sheet"), QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
}

void TestCliExport::formatsThatDoNotFitAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("sign-in sheet as csv")
        << QStringList{QStringLiteral("--sign-in-sheet"), QStringLiteral("--format"),
                       QStringLiteral("csv")}
        << "--sign-in-sheet is written as pdf only";
    QTest::newRow("sign-in sheet as xlsx")
        << QStringList{QStringLiteral("--sign-in-sheet"), QStringLiteral("--format"),
                       QStringLiteral("xlsx")}
        << "--sign-in-sheet is written as pdf only";
    QTest::newRow("audit as pdf") << QStringList{QStringLiteral("--audit"),
                                                 QStringLiteral("--format"), QStringLiteral("pdf")}
                                  << "--audit is written as csv, xlsx only";
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--no-shows"), QStringLiteral("--format"),
                       QStringLiteral("ods")}
        << "Unknown format \"ods\"";
    QTest::newRow("two lists") << QStringList{QStringLiteral("--sign-in-sheet"),
                                              QStringLiteral("--attendance")}
                               << "Choose one of";
    QTest::newRow("no list") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
                             << "Choose one of";
}

void TestCliExport::formatsThatDoNotFitAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QStringLiteral("refused.out"));
    const CliRun run = entreCli(QStringList{QStringLiteral("export"), m_event} + arguments +
                                QStringList{QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
