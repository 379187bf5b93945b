#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace entre {

// CSV files people open in a spreadsheet: UTF-8 with a byte order mark, semicolons unless asked
// for commas (Swedish Excel splits on semicolons), CRLF line ends, quotes where a field needs them.
namespace csvwriter {

// A value a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
// return) with a single quote in front, so that it is shown as text; any other value as it is.
QString neutralised(const QString& value);
// One field: neutralised, and quoted with its quotes doubled when it holds the delimiter, a
// semicolon, a comma, a quote or a line break.
QString field(const QString& value, QChar delimiter = u';');
// The whole file: byte order mark, then each row's fields joined by the delimiter, CRLF after
// each row.
QByteArray document(const QList<QStringList>& rows, QChar delimiter = u';');

// Writes bytes to path so that only the user can read them, and all at once: the file is written
// beside the target and renamed at the end, so a failed write leaves no half file and an
// existing file as it was.
Result<void> writePrivateFile(const QString& path, const QByteArray& bytes);

} // namespace csvwriter
} // namespace entre
