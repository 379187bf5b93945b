#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// The text of a PDF as pdftotext reads it, one string per page; empty when pdftotext fails.
inline QStringList pdfPages(const QByteArray& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\f', Qt::SkipEmptyParts);
}
