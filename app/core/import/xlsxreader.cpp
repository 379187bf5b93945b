#include "xlsxreader.h"

#include "xlsxparts.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

#include <cmath>

namespace entre::XlsxReader {
namespace {

using namespace XlsxParts;
using ImportLimits::Limit;

// The texts of this file, in the context lupdate files them under.
struct SpreadsheetReaderText {
    Q_DECLARE_TR_FUNCTIONS(entre::SpreadsheetReader)
};

QString numberText(const QString& raw, bool isDate)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    // Excel's dates run from 1900 to 9999; anything else is shown as the number it is.
    if (isDate && value >= 0 && value < 2958466)
        return serialToIso(value);
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

struct SheetContext {
    const QStringList& sharedStrings;
    const QSet<int>& dateStyles;
};

Result<QString> readCell(QXmlStreamReader& xml, const SheetContext& context)
{
    const auto attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const bool dateStyle =
        context.dateStyles.contains(attributes.value(QLatin1String("s")).toInt());
    QString value;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("v")) {
            value = xml.readElementText();
        } else if (xml.name() == QLatin1String("is")) {
            auto text = readRichText(xml);
            if (!text)
                return text.error();
            inlineText = std::move(text.value());
        } else {
            xml.skipCurrentElement();
        }
        if (value.size() > ImportLimits::fieldChars)
            return ImportLimits::overLimit(Limit::FieldChars);
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

// The cells of one <row>. Empty cells take no memory: a row is padded up to a cell only when
// that cell has text, so a lone cell far out counts what it really holds.
Result<void> readRow(QXmlStreamReader& xml, const SheetContext& context, TextRecord& row,
                     qint64& cells)
{
    int next = 0; // the column of a cell without a reference
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("c")) {
            xml.skipCurrentElement();
            continue;
        }
        int column = columnFromReference(xml.attributes().value(QLatin1String("r")));
        if (column < 0)
            column = next;
        next = std::min(column, ImportLimits::columns) + 1;
        auto text = readCell(xml, context);
        if (!text)
            return text.error();
        if (text->trimmed().isEmpty())
            continue;
        if (column >= ImportLimits::columns)
            return ImportLimits::overLimit(Limit::Columns);
        if (column < row.cells.size()) {
            row.cells[column] = std::move(text.value());
            continue;
        }
        cells += column + 1 - row.cells.size();
        if (cells > ImportLimits::cells)
            return ImportLimits::overLimit(Limit::Cells);
        row.cells.resize(column);
        row.cells.append(std::move(text.value()));
    }
    return {};
}

Result<QList<TextRecord>> readSheet(const ZipEntries& zip, const QString& entry,
                                    const SheetContext& context, const ReadProgress& progress)
{
    QList<TextRecord> rows;
    ProgressTicker ticker(progress);
    auto parsed = parseEntry(zip, entry, [&](QXmlStreamReader& xml) -> Result<void> {
        int lastRow = 0;
        qint64 cells = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement ||
                xml.name() != QLatin1String("row"))
                continue;
            TextRecord row;
            const int number = xml.attributes().value(QLatin1String("r")).toInt();
            row.line = number > 0 ? number : lastRow + 1;
            if (row.line > ImportLimits::rows)
                return ImportLimits::overLimit(Limit::Rows);
            lastRow = row.line;
            if (auto read = readRow(xml, context, row, cells); !read)
                return read;
            if (row.cells.isEmpty())
                continue;
            if (rows.size() >= ImportLimits::rows)
                return ImportLimits::overLimit(Limit::Rows);
            rows.append(std::move(row));
            if (!ticker.row(rows.size()))
                return readingCancelled();
        }
        return {};
    });
    if (!parsed)
        return parsed.error();
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
        // Past the last column the count stops growing, so it cannot overflow.
        if (column <= ImportLimits::columns)
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

Result<SheetRows> read(const ZipEntries& zip, int sheet, const ReadProgress& progress)
{
    auto sheets = readSheetList(zip);
    if (!sheets)
        return sheets.error();
    if (sheets->isEmpty())
        return badInput(SpreadsheetReaderText::tr("The workbook has no sheets."));
    if (sheet < 0 || sheet >= sheets->size())
        return badInput(SpreadsheetReaderText::tr("The workbook has no sheet number %1; it has %2.")
                            .arg(sheet + 1)
                            .arg(sheets->size()));
    auto strings = readSharedStrings(zip);
    if (!strings)
        return strings.error();
    auto dateStyles = readDateStyles(zip);
    if (!dateStyles)
        return dateStyles.error();
    auto rows =
        readSheet(zip, sheets->at(sheet).path, {strings.value(), dateStyles.value()}, progress);
    if (!rows)
        return rows.error();
    SheetRows result;
    for (const SheetEntry& entry : sheets.value())
        result.sheetNames.append(entry.name);
    result.rows = std::move(rows.value());
    return result;
}

} // namespace entre::XlsxReader
