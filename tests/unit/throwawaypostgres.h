#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <unistd.h>

// A PostgreSQL 15 of the test's own on 127.0.0.1, with its data in a temporary folder: a
// database "entre" owned by the role "entre" (password "entre-desk", checked over TCP). As
// root the server runs as the postgres user, as PostgreSQL requires. available() is false
// when PostgreSQL is not installed; why() then says so.
class ThrowawayPostgres {
public:
    ThrowawayPostgres()
    {
        if (!QFile::exists(bin(QStringLiteral("initdb")))) {
            m_why = QStringLiteral("PostgreSQL 15 is not installed (postgresql-15)");
            return;
        }
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther |
                                                QFile::ReadOther);
        const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
        QFile file(pwfile);
        file.open(QIODevice::WriteOnly);
        file.write("postgres-admin\n");
        file.close();
        QDir().mkpath(dataDir());
        if (geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres"), m_dir.path()});
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
                  QStringLiteral("UTF8")})) {
            m_why = QStringLiteral("initdb failed");
            return;
        }
        for (int attempt = 0; attempt < 8 && !m_running; ++attempt) {
            m_port = 20000 + int(QRandomGenerator::global()->bounded(30000));
            m_running = start();
        }
        if (!m_running) {
            m_why = QStringLiteral("PostgreSQL did not start");
            return;
        }
        run(QStringLiteral("psql"),
            {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
             QStringLiteral("postgres"), QStringLiteral("-q"), QStringLiteral("-c"),
             QStringLiteral("CREATE ROLE entre LOGIN PASSWORD 'entre-desk'"), QStringLiteral("-c"),
             QStringLiteral("CREATE DATABASE entre OWNER entre")});
    }

    ~ThrowawayPostgres() { stop(); }

    bool available() const { return m_running; }
    QString why() const { return m_why; }
    QString url() const
    {
        return QStringLiteral("postgresql://entre@127.0.0.1:%1/entre").arg(m_port);
    }
    static QString password() { return QStringLiteral("entre-desk"); }

    bool start()
    {
        m_running = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                         m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                         QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"),
                         QStringLiteral("-k %1 -h 127.0.0.1 -p %2").arg(m_dir.path()).arg(m_port),
                         QStringLiteral("start")});
        return m_running;
    }

    void stop()
    {
        if (!m_running)
            return;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = false;
    }

private:
    static QString bin(const QString& tool)
    {
        return QStringLiteral("/usr/lib/postgresql/15/bin/") + tool;
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    // Runs a PostgreSQL tool from "/", as the postgres user when this is root.
    bool run(const QString& tool, QStringList arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(QStringLiteral("/"));
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0) {
            arguments.prepend(bin(tool));
            arguments.prepend(QStringLiteral("--"));
            arguments.prepend(QStringLiteral("postgres"));
            arguments.prepend(QStringLiteral("-u"));
            process.start(QStringLiteral("runuser"), arguments);
        } else {
            process.start(bin(tool), arguments);
        }
        process.waitForFinished(60000);
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_why;
};
