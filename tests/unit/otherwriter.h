#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Another program (a database browser, a script) in the middle of a write to an event file:
// it holds SQLite's write lock from construction until finish() or its end.
class OtherWriter {
public:
    explicit OtherWriter(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_writing = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~OtherWriter()
    {
        if (m_writing)
            finish(QStringLiteral("ROLLBACK"));
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }
    OtherWriter(const OtherWriter&) = delete;
    OtherWriter& operator=(const OtherWriter&) = delete;

    bool isWriting() const { return m_writing; }
    bool run(const QString& sql)
    {
        return QSqlQuery(QSqlDatabase::database(name(), false)).exec(sql);
    }
    // "COMMIT" or "ROLLBACK".
    bool finish(const QString& sql)
    {
        m_writing = !run(sql);
        return !m_writing;
    }

private:
    static QString name() { return QStringLiteral("other-writer"); }
    bool m_writing = false;
};
