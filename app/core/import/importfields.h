#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace entre {

// The fields a registration column can fill, and which column headers mean them.
namespace ImportFields {
// In the order the wizard lists them.
QStringList keys();
bool isKey(const QString& key);
// The fields that are numbers a person is also found by (barcode, ticket, attendee, order,
// booking), in the order they are preferred as the code to scan.
QStringList identifierKeys();
// The translated name of a field for people ("First name").
QString label(const QString& key);
// The field a header means, in Swedish or English, also as a web form's question
// ("Vilken organisation representerar du?"); empty when it means none (a timestamp, say).
QString recognise(const QString& header);
// Field -> header for the columns recognised; each field and each column used at most once.
// "code", the one scanned at the door, is a barcode column when there is one, else the first
// identifier in identifierKeys() order (or a column just called "Code").
QMap<QString, QString> suggestMapping(const QStringList& headers);
} // namespace ImportFields

} // namespace entre
