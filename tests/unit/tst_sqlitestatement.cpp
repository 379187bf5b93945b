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
    void textIsStoredAsRunQueryStoresIt();
    void everyParameterTakesAValue();
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

// The statement writes UTF-8 itself: the bytes stored must be the ones SQLite stores when
// QSqlQuery hands it the same text, for every kind of character.
void TestSqliteStatement::textIsStoredAsRunQueryStoresIt()
{
    auto units = [](std::initializer_list<char16_t> list) {
        QString text;
        for (char16_t unit : list)
            text.append(QChar(unit));
        return text;
    };
    const QStringList texts = {
        QString(),
        QStringLiteral("Örjan Lindström, Umeå kommun"),
        QStringLiteral("plain ASCII ~\x7f"),
        units({0x80, 0x7ff, 0x800, 0x20ac, 0xfffd, 0xfffe, 0xffff}),
        units({u'a', 0, u'b'}),
        units({0xd83d, 0xde00, u'!'}), // outside the Basic Multilingual Plane
        units({u'x', 0xd800, u'y'}),   // a surrogate without its pair
        units({0xdc00}),
        QString(300, QChar(0x00e5)), // longer than the row before
        QStringLiteral("kort"),
    };
    SqliteStatement insert;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t(a, d) VALUES (?, ?)")).ok());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QVERIFY(insert.exec({texts.at(i), QStringLiteral("s%1").arg(i)}).ok());
        QVERIFY(runQuery(m_db, QStringLiteral("INSERT INTO t(a, d) VALUES (?, ?)"),
                         {texts.at(i), QStringLiteral("q%1").arg(i)})
                    .ok());
    }
    auto rows = runQuery(m_db, QStringLiteral("SELECT s.d, hex(s.a), hex(q.a), s.a FROM t s "
                                              "JOIN t q ON q.d = 'q' || substr(s.d, 2) "
                                              "WHERE s.d LIKE 's%' ORDER BY s.id"));
    QVERIFY(rows.ok());
    qsizetype compared = 0;
    while (rows->next()) {
        QCOMPARE(rows->value(1).toString(), rows->value(2).toString());
        ++compared;
    }
    QCOMPARE(compared, texts.size());
    // And what is read back is the text, where it is valid.
    auto first = runQuery(m_db, QStringLiteral("SELECT a FROM t WHERE d = 's1'"));
    QVERIFY(first.ok() && first->next());
    QCOMPARE(first->value(0).toString(), texts.at(1));
    auto last =
        runQuery(m_db, QStringLiteral("SELECT a FROM t WHERE d = 's%1'").arg(texts.size() - 1));
    QVERIFY(last.ok() && last->next());
    QCOMPARE(last->value(0).toString(), QStringLiteral("kort"));
}

// No parameter keeps a value of the row before: a row with too few or too many values is
// refused, and nothing is written.
void TestSqliteStatement::everyParameterTakesAValue()
{
    SqliteStatement insert;
    QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t(a, d) VALUES (?, ?)")).ok());
    QVERIFY(insert.exec({QStringLiteral("Åsa"), QStringLiteral("K1")}).ok());
    auto tooFew = insert.exec({QStringLiteral("K2")});
    QVERIFY(!tooFew);
    QVERIFY2(tooFew.error().message.contains(QLatin1String("2")),
             qPrintable(tooFew.error().message));
    QVERIFY(!insert.exec({QStringLiteral("Bo"), QStringLiteral("K3"), QStringLiteral("x")}));
    auto count = runQuery(m_db, QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 1);
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
