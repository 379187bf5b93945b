#include "clirun.h"
#include "event/event.h"
#include "event/eventbackups.h"
#include "util/translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {} // namespace

// entre-cli backups and entre-cli restore on real files, with backups kept in a data folder of
// the test's own.
class TestBackupCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsBackupsNewestFirst();
    void restoresByNameAndKeepsTheCurrentFile();
    void refusesWhileADeskHasTheEvent();
    void badInputChangesNothing();

private:
    QString eventPath() const { return m_dir.filePath(QStringLiteral("Kick-off.entre")); }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void TestBackupCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The child inherits it: both look for the backups in the same place.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
    setApplicationNames();
    auto event = Event::create(eventPath(), {QStringLiteral("Kick-off"), {}, {}});
    QVERIFY(event);
    EventBackups backups(eventPath());
    for (int i = 0; i < 3; ++i) {
        AttendeeDetails person;
        person.firstName = QStringLiteral("Person %1").arg(i);
        QVERIFY(event.value()->addWalkIn(person));
        QVERIFY(backups.take(*event.value()));
    }
    QVERIFY(backups.directory().startsWith(m_home.path()));
}

void TestBackupCli::listsBackupsNewestFirst()
{
    const CliRun text = entreCli({QStringLiteral("backups"), eventPath()});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.first().contains(QLatin1String("3 of 3 arrived")), qPrintable(text.out));
    QVERIFY(lines.last().contains(QLatin1String("1 of 1 arrived")));

    const CliRun json =
        entreCli({QStringLiteral("backups"), eventPath(), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0)[QLatin1String("arrived")].toInt(), 3);
    QCOMPARE(array.at(2)[QLatin1String("registered")].toInt(), 1);
    QVERIFY(QFile::exists(array.at(0)[QLatin1String("path")].toString()));
    QVERIFY(array.at(0)[QLatin1String("taken_at")].toString().endsWith(QLatin1Char('Z')));
}

void TestBackupCli::restoresByNameAndKeepsTheCurrentFile()
{
    const QJsonArray before =
        QJsonDocument::fromJson(
            entreCli({QStringLiteral("backups"), eventPath(), QStringLiteral("--json")})
                .out.toUtf8())
            .array();
    const QString oldest = before.last()[QLatin1String("name")].toString();
    const CliRun run = entreCli({QStringLiteral("restore"), eventPath(), oldest,
                                 QStringLiteral("--station"), QStringLiteral("Office")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The restore is in the restored event's history, with its station and the backup's name.
    const QString history = QDir(m_home.path()).filePath(QStringLiteral("history.csv"));
    const CliRun audit = entreCli({QStringLiteral("export"), eventPath(), QStringLiteral("--audit"),
                                   QStringLiteral("-o"), history});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
    QFile historyFile(history);
    QVERIFY(historyFile.open(QIODevice::ReadOnly));
    const QString lastLine =
        QString::fromUtf8(historyFile.readAll()).trimmed().split(QStringLiteral("\r\n")).last();
    QVERIFY2(lastLine.contains(QLatin1String(";Office;Restored from backup;")),
             qPrintable(lastLine));
    QVERIFY2(lastLine.contains(oldest), qPrintable(lastLine));
    const CliRun stats = entreCli({QStringLiteral("stats"), eventPath(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8())[QLatin1String("registered")].toInt(), 1);
    const QJsonArray after =
        QJsonDocument::fromJson(
            entreCli({QStringLiteral("backups"), eventPath(), QStringLiteral("--json")})
                .out.toUtf8())
            .array();
    QCOMPARE(after.size(), 4);
    QVERIFY(after.at(0)[QLatin1String("before_restore")].toBool());
    QCOMPARE(after.at(0)[QLatin1String("registered")].toInt(), 3);
}

void TestBackupCli::refusesWhileADeskHasTheEvent()
{
    auto desk = Event::open(eventPath());
    QVERIFY(desk);
    const QString backup = EventBackups(eventPath()).list()->last().path;
    const CliRun run = entreCli({QStringLiteral("restore"), eventPath(), backup});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("already open")), qPrintable(run.err));
}

void TestBackupCli::badInputChangesNothing()
{
    QFile file(eventPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const int backups = int(EventBackups(eventPath()).list()->size());
    const CliRun run =
        entreCli({QStringLiteral("restore"), eventPath(), QStringLiteral("nonsense")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("nonsense")));
    const CliRun missing = entreCli({QStringLiteral("restore"), eventPath()});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(EventBackups(eventPath()).list()->size(), backups);
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
