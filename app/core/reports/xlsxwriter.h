#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace entre {

// A workbook people open in Excel or LibreOffice (Office Open XML SpreadsheetML in a zip): one
// sheet, a bold header row frozen at the top, every value an inline string, neutralised as in
// CSV files (csvwriter::neutralised) so that no value runs as a formula. Characters XML cannot
// hold are replaced with U+FFFD; the sheet's name loses the characters Excel refuses and is cut
// to 31. Empty only when the zip could not be made.
QByteArray xlsxWorkbook(const QString& sheetName, const QStringList& header,
                        const QList<QStringList>& rows);

// Writes that workbook to path, readable by the user only and all at once (see
// csvwriter::writePrivateFile).
Result<void> writeXlsxFile(const QString& path, const QString& sheetName, const QStringList& header,
                           const QList<QStringList>& rows);

} // namespace entre
