#include "clirun.h"
#include "event/event.h"
#include "event/eventbackups.h"
#include "util/translations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

// Every file under folder with a hash of its bytes, to show that nothing was changed.
QStringList fingerprint(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read ") + file.fileName()};
        files.append(
            file.fileName() + QLatin1Char(' ') +
            QString::fromLatin1(
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    files.sort();
    return files;
}

bool anyFileHolds(const QString& folder, const QByteArray& bytes)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().toLower().contains(bytes))
            return true;
    }
    return false;
}

} // namespace

// entre-cli erase on a real event file and its backups: refused without --yes, changing nothing;
// with it, nothing of the people is left while the numbers stay.
class TestCliErase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesWithoutYesAndChangesNothing();
    void erasesTheEventAndItsBackupsKeepingTheNumbers();
    void aMissingFileIsBadInput();

private:
    QString eventPath() const { return m_dir.filePath(QStringLiteral("Kick-off.entre")); }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void TestCliErase::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    // The backups' default folder, for this process and the entre-cli it starts.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
    setApplicationNames(); // the backups' folder is named after the application, as entre-cli's
    auto event = Event::create(eventPath(), {QStringLiteral("Kick-off Lycksele"), {}, {}});
    QVERIFY2(event, qPrintable(event.error().message));
    event.value()->setStation(QStringLiteral("Desk 1"));
    AttendeeDetails walkIn;
    walkIn.firstName = QStringLiteral("Zorbaxelina");
    walkIn.lastName = QStringLiteral("Quillbrandtsson");
    walkIn.email = QStringLiteral("zorbax@kvistmejl.se");
    walkIn.organisation = QStringLiteral("Umeå kommun");
    QVERIFY(event.value()->addWalkIn(walkIn));
    QVERIFY(EventBackups(eventPath()).take(*event.value()));
}

void TestCliErase::refusesWithoutYesAndChangesNothing()
{
    const QStringList before = fingerprint(m_dir.path()) + fingerprint(m_home.path());
    QCOMPARE(before.size(), 2); // the event and its backup
    const CliRun run = entreCli({QStringLiteral("erase"), eventPath()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Kick-off Lycksele")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--yes")));
    QCOMPARE(run.out, QString());
    // Reading may leave SQLite's empty journal beside the event; every file there was is as it was.
    QStringList after = fingerprint(m_dir.path()) + fingerprint(m_home.path());
    after.removeIf([](const QString& file) {
        return file.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1String("-wal")) ||
               file.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1String("-shm"));
    });
    QCOMPARE(after, before);
}

void TestCliErase::erasesTheEventAndItsBackupsKeepingTheNumbers()
{
    const CliRun statsBefore =
        entreCli({QStringLiteral("stats"), eventPath(), QStringLiteral("--json")});
    QCOMPARE(statsBefore.exitCode, 0);
    QVERIFY(anyFileHolds(m_dir.path(), "zorbaxelina"));
    QVERIFY(anyFileHolds(m_home.path(), "zorbaxelina"));

    const CliRun run =
        entreCli({QStringLiteral("erase"), eventPath(), QStringLiteral("--yes"),
                  QStringLiteral("--json"), QStringLiteral("--station"), QStringLiteral("Office")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject told = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(told.value(QStringLiteral("people")).toInt(), 1);
    QCOMPARE(told.value(QStringLiteral("backups")).toInt(), 1);

    for (const char* word : {"zorbaxelina", "quillbrandtsson", "kvistmejl"}) {
        QVERIFY2(!anyFileHolds(m_dir.path(), word), word);
        QVERIFY2(!anyFileHolds(m_home.path(), word), word);
    }
    const CliRun statsAfter =
        entreCli({QStringLiteral("stats"), eventPath(), QStringLiteral("--json")});
    QCOMPARE(statsAfter.out, statsBefore.out);
    // No lock is left beside the event, and no journal with anything in it.
    QVERIFY(!QFile::exists(eventPath() + QStringLiteral(".lock")));
    QCOMPARE(QFileInfo(eventPath() + QStringLiteral("-wal")).size(), 0);

    auto event = Event::open(eventPath(), Event::Access::ReadOnly);
    QVERIFY(event);
    QVERIFY(event.value()->personalDataErasedAt().isValid());
    AuditFilter erasures;
    erasures.kinds = {AuditKind::Erase};
    const auto history = event.value()->history(erasures);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).station, QStringLiteral("Office"));
}

void TestCliErase::aMissingFileIsBadInput()
{
    const CliRun run =
        entreCli({QStringLiteral("erase"), m_dir.filePath(QStringLiteral("none.entre")),
                  QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliErase)
#include "tst_clierase.moc"
