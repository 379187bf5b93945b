#include "xlsxreader.h"

#include "xlsxparts.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

#include <cmath>

namespace entre::XlsxReader {
namespace {

using namespace XlsxParts;

QString tr(const char* text)
{
    return QCoreApplication::translate("entre::SpreadsheetReader", text);
}

QString numberText(const QString& raw, bool isDate)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (isDate)
        return serialToIso(value);
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

struct SheetContext {
    const QStringList& sharedStrings;
    const QSet<int>& dateStyles;
};

QString readCell(QXmlStreamReader& xml, const SheetContext& context)
{
    const auto attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const bool dateStyle =
        context.dateStyles.contains(attributes.value(QLatin1String("s")).toInt());
    QString value;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("v"))
            value = xml.readElementText();
        else if (xml.name() == QLatin1String("is"))
            inlineText = readRichText(xml);
        else
            xml.skipCurrentElement();
    }
    if (type == QLatin1String("s")) {
        const int index = value.toInt();
        return index >= 0 && index < context.sharedStrings.size() ? context.sharedStrings.at(index)
                                                                  : QString();
    }
    if (type == QLatin1String("inlineStr"))
        return inlineText;
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d"))
        return value;
    return numberText(value, dateStyle);
}

Result<QList<TextRecord>> readSheet(const ZipEntries& zip, const QString& entry,
                                    const SheetContext& context)
{
    auto bytes = zip.read(entry);
    if (!bytes)
        return bytes.error();
    QList<TextRecord> rows;
    QXmlStreamReader xml(bytes.value());
    int lastRow = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("row"))
            continue;
        TextRecord row;
        const int number = xml.attributes().value(QLatin1String("r")).toInt();
        row.line = number > 0 ? number : lastRow + 1;
        lastRow = row.line;
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("c")) {
                xml.skipCurrentElement();
                continue;
            }
            int column = columnFromReference(xml.attributes().value(QLatin1String("r")));
            if (column < 0)
                column = int(row.cells.size());
            const QString text = readCell(xml, context);
            if (column > 16384)
                continue;
            while (row.cells.size() < column)
                row.cells.append(QString());
            if (row.cells.size() == column)
                row.cells.append(text);
            else
                row.cells[column] = text;
        }
        while (!row.cells.isEmpty() && row.cells.constLast().trimmed().isEmpty())
            row.cells.removeLast();
        if (!row.cells.isEmpty())
            rows.append(std::move(row));
    }
    if (xml.hasError())
        return malformed(entry, xml);
    return rows;
}
} // namespace

int columnFromReference(QStringView reference)
{
    int column = 0;
    bool letters = false;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        letters = true;
    }
    return letters ? column - 1 : -1;
}

QString serialToIso(double serial)
{
    // Day 0 is 1899-12-30 once Excel's invented 29 February 1900 is accounted for.
    const auto days = qint64(std::floor(serial));
    const QDate date = QDate(1899, 12, 30).addDays(days);
    const auto seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    if (days == 0)
        return QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm"));
    return date.toString(Qt::ISODate) + QLatin1Char(' ') +
           QTime(0, 0).addSecs(int(seconds % 86400)).toString(QStringLiteral("HH:mm"));
}

Result<SheetRows> read(const ZipEntries& zip, int sheet)
{
    auto sheets = readSheetList(zip);
    if (!sheets)
        return sheets.error();
    if (sheets->isEmpty())
        return badInput(tr("The workbook has no sheets."));
    if (sheet < 0 || sheet >= sheets->size())
        return badInput(tr("The workbook has no sheet number %1; it has %2.")
                            .arg(sheet + 1)
                            .arg(sheets->size()));
    auto strings = readSharedStrings(zip);
    if (!strings)
        return strings.error();
    auto dateStyles = readDateStyles(zip);
    if (!dateStyles)
        return dateStyles.error();
    auto rows = readSheet(zip, sheets->at(sheet).path, {strings.value(), dateStyles.value()});
    if (!rows)
        return rows.error();
    SheetRows result;
    for (const SheetEntry& entry : sheets.value())
        result.sheetNames.append(entry.name);
    result.rows = std::move(rows.value());
    return result;
}

} // namespace entre::XlsxReader
