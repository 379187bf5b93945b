#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

// The personal identity numbers of tests/data/import/privacy/personnummer.csv, as written there
// or as ten digits, that are found in the bytes of an event file or its write-ahead log: what an
// import that leaves them out must not have written anywhere.
inline QStringList personnummerInEventFiles(const QString& eventPath)
{
    QByteArray bytes;
    const QStringList paths = {eventPath, eventPath + QStringLiteral("-wal")};
    for (const QString& path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QStringList found;
    for (const char* number :
         {"811218-9876", "8112189876", "198507092396", "8507092396", "9001010017", "19640823-3234",
          "6408233234", "750567-1235", "7505671235"}) {
        if (bytes.contains(number))
            found.append(QString::fromLatin1(number));
    }
    return found;
}
