// The statements the import binds its rows through, on the connection's own SQLite handle:
// values bind as runQuery() binds them, and failures read as every other database failure.
#include "store/sqlitestatement.h"
#include "store/sqlquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

class TestSqliteStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bindsValuesAsRunQueryDoes();
    void aConstraintFailureIsReportedAndTheStatementRunsAgain();
    void aBusyFileIsReportedAsBusy();
    void refusesAClosedDatabase();

private:
    QSqlDatabase open(const QString& name, const QString& options = {});
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

QSqlDatabase TestSqliteStatement::open(const QString& name, const QString& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dir.filePath(QStringLiteral("statement.sqlite")));
    db.setConnectOptions(options);
    if (!db.open())
        qFatal("cannot open the test database");
    return db;
}

void TestSqliteStatement::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("statement.sqlite")));
    m_db = open(QStringLiteral("statement"), QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(runQuery(m_db, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, "
                                          "b INTEGER, c BLOB, d TEXT NOT NULL UNIQUE)"))
                .ok());
}

void TestSqliteStatement::cleanup()
{
    m_db = QSqlDatabase();
    for (const QString& name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

void TestSqliteStatement::bindsValuesAsRunQueryDoes()
{
    {
        SqliteStatement insert;
        QVERIFY(
            insert.prepare(m_db, QStringLiteral("INSERT INTO t(a, b, c, d) VALUES (?, ?, ?, ?)"))
                .ok());
        QVERIFY(insert
                    .exec({QString(), QVariant(), QByteArray("\x00\x01\xff", 3),
                           QStringLiteral("Örjan Lindström")})
                    .ok());
        QCOMPARE(insert.lastInsertId(), 1);
        QCOMPARE(insert.changes(), 1);
        QVERIFY(
            insert.exec({QStringLiteral("Zoë"), qint64(1) << 40, QByteArray(), QStringLiteral("2")})
                .ok());
        QCOMPARE(insert.lastInsertId(), 2);
    }
    auto rows = runQuery(m_db, QStringLiteral("SELECT typeof(a), a, typeof(b), b, hex(c), d FROM t "
                                              "ORDER BY id"));
    QVERIFY(rows.ok());
    QVERIFY(rows->next());
    // A null text is '', an invalid value NULL.
    QCOMPARE(rows->value(0).toString(), QStringLiteral("text"));
    QCOMPARE(rows->value(1).toString(), QString());
    QCOMPARE(rows->value(2).toString(), QStringLiteral("null"));
    QCOMPARE(rows->value(4).toString(), QStringLiteral("0001FF"));
    QCOMPARE(rows->value(5).toString(), QStringLiteral("Örjan Lindström"));
    QVERIFY(rows->next());
    QCOMPARE(rows->value(1).toString(), QStringLiteral("Zoë"));
    QCOMPARE(rows->value(3).toLongLong(), qint64(1) << 40);
}

void TestSqliteStatement::aConstraintFailureIsReportedAndTheStatementRunsAgain()
{
    SqliteStatement insert;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t(d) VALUES (?)")).ok());
    QVERIFY(insert.exec({QStringLiteral("K1")}).ok());
    auto twice = insert.exec({QStringLiteral("K1")});
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::Failed);
    QVERIFY2(twice.error().message.contains(QLatin1String("UNIQUE constraint failed: t.d")),
             qPrintable(twice.error().message));
    QVERIFY(insert.exec({QStringLiteral("K2")}).ok());
    QCOMPARE(insert.changes(), 1);
}

void TestSqliteStatement::aBusyFileIsReportedAsBusy()
{
    QSqlDatabase other = open(QStringLiteral("other"));
    QVERIFY(runQuery(other, QStringLiteral("BEGIN IMMEDIATE")).ok());
    SqliteStatement insert;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t(d) VALUES (?)")).ok());
    auto busy = insert.exec({QStringLiteral("K1")});
    QVERIFY(!busy);
    QCOMPARE(busy.error().kind, ErrorKind::Refused);
    QVERIFY2(busy.error().message.contains(QLatin1String("busy")),
             qPrintable(busy.error().message));
    QVERIFY(runQuery(other, QStringLiteral("ROLLBACK")).ok());
    QVERIFY(insert.exec({QStringLiteral("K1")}).ok());
}

void TestSqliteStatement::refusesAClosedDatabase()
{
    m_db.close();
    SqliteStatement insert;
    QVERIFY(!insert.prepare(m_db, QStringLiteral("INSERT INTO t(d) VALUES (?)")));
    QVERIFY(!insert.exec({QStringLiteral("K1")}));
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
