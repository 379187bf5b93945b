#pragma once

#include <QChar>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace entre {

// How to read a registration list. Everything left empty is detected.
struct ImportOptions {
    QString encoding; // "" = detect; else "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter;  // null = detect
    QMap<QString, QString> mapping; // field key -> column header text (overrides detection);
                                    // keys: first_name last_name full_name email organisation title
                                    // diet code phone notes; value "" = do not use that field
    int sheet = 0;                  // .xlsx/.ods sheet index
    bool dryRun = false;            // everything but the commit
};

struct RejectedRow {
    int row = 0; // 1-based line/row number in the file
    QString reason;
};

// What an import did, row by row accounted for.
struct ImportReport {
    int added = 0, updated = 0, unchanged = 0;
    QList<RejectedRow> rejected;
    QStringList missingFromList;    // people in the event but not in this list (reported, kept)
    QString encoding;               // what was used, e.g. "UTF-8"
    QString delimiter;              // ";" "," "\t" "|" or "" for xlsx
    QMap<QString, QString> mapping; // field key -> column header used
};

} // namespace entre
