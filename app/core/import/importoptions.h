#pragma once

#include "readprogress.h"

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
                                    // keys: ImportFields::keys(); value "" = do not use it
    int sheet = 0;                  // .xlsx/.ods sheet index
    // Columns without a field are kept as extra fields, except those holding personal identity
    // numbers; `keep` and `drop` name columns (headers) to keep or leave out all the same.
    QStringList keep;
    QStringList drop;
    bool dryRun = false;   // everything but the commit
    ReadProgress progress; // told how far reading the file has come; may stop it
};

struct RejectedRow {
    int row = 0; // 1-based line/row number in the file
    QString reason;
};

// A row imported although its e-mail address is someone else's too (an office mailbox): the
// same address with another name is another person.
struct SharedEmailRow {
    int row = 0;
    QString email;
    QString sharedWith; // the name of the first other person with the address
};

// A column without a field that the import did not store, and why.
struct DroppedColumn {
    QString column; // its header
    QString reason; // "looks like personal identity numbers (personnummer)", translated
};

// What an import did, row by row accounted for.
struct ImportReport {
    int added = 0, updated = 0, unchanged = 0;
    QList<RejectedRow> rejected;
    QList<SharedEmailRow> sharedEmails; // imported, listed so that nobody is surprised
    QList<RejectedRow> repaired;        // imported with text reading had to repair, e.g. "invalid
                                 // characters in Efternamn" (shown as U+FFFD), or NULs removed
    QStringList missingFromList;    // people in the event but not in this list (reported, kept)
    QString encoding;               // what was used, e.g. "UTF-8"
    QString delimiter;              // ";" "," "\t" "|" or "" for xlsx
    QMap<QString, QString> mapping; // field key -> column header used
    QList<DroppedColumn> droppedColumns; // columns without a field, not stored
};

} // namespace entre
