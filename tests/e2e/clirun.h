#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

// What a run of entre-cli said: its exit code, standard output and standard error.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the entre-cli this build made (ENTRE_CLI, set by CMake for each test) to its end.
inline CliRun entreCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ENTRE_CLI), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
