#include "odsreader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace entre::OdsReader {
namespace {

constexpr int maxColumns = 16384;

QString tr(const char* text)
{
    return QCoreApplication::translate("entre::SpreadsheetReader", text);
}

int repeated(const QXmlStreamReader& xml, QLatin1String attribute)
{
    const int count = xml.attributes().value(attribute).toInt();
    return count > 0 ? count : 1;
}

// The text of a cell's paragraphs, with <text:s/> spaces and line breaks.
QString readParagraphs(QXmlStreamReader& xml)
{
    QStringList paragraphs;
    QString current;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("s"))
                current += QString(repeated(xml, QLatin1String("text:c")), u' ');
            else if (xml.name() == QLatin1String("line-break"))
                current += u'\n';
            else if (xml.name() == QLatin1String("tab"))
                current += u'\t';
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == QLatin1String("p") && depth == 1) {
                paragraphs.append(current);
                current.clear();
            }
        } else if (xml.isCharacters()) {
            current += xml.text();
        }
    }
    return paragraphs.join(u'\n');
}

QString cellValue(QXmlStreamReader& xml)
{
    const auto attributes = xml.attributes();
    const auto type = attributes.value(QLatin1String("office:value-type"));
    const QString number = attributes.value(QLatin1String("office:value")).toString();
    const QString date = attributes.value(QLatin1String("office:date-value")).toString();
    const QString text = readParagraphs(xml);
    if (type == QLatin1String("float") && !number.isEmpty()) {
        const double value = number.toDouble();
        if (std::abs(value) < 1e15 && value == std::floor(value))
            return QString::number(qint64(value));
        return text.isEmpty() ? number : text;
    }
    if (type == QLatin1String("date") && !date.isEmpty()) {
        QString iso = date.left(16);
        iso.replace(u'T', u' ');
        return iso.endsWith(QLatin1String(" 00:00")) ? iso.left(10) : iso;
    }
    return text;
}

QStringList readRow(QXmlStreamReader& xml)
{
    QStringList cells;
    int pendingEmpty = 0; // empty cells are often "repeated" a thousand times: pad only for content
    while (xml.readNextStartElement()) {
        const bool cell = xml.name() == QLatin1String("table-cell") ||
                          xml.name() == QLatin1String("covered-table-cell");
        if (!cell) {
            xml.skipCurrentElement();
            continue;
        }
        const int count = repeated(xml, QLatin1String("table:number-columns-repeated"));
        const QString value = cellValue(xml);
        if (value.isEmpty()) {
            pendingEmpty += count;
            continue;
        }
        for (; pendingEmpty > 0 && cells.size() < maxColumns; --pendingEmpty)
            cells.append(QString());
        pendingEmpty = 0;
        for (int i = 0; i < count && cells.size() < maxColumns; ++i)
            cells.append(value);
    }
    return cells;
}

} // namespace

Result<SheetRows> read(const ZipEntries& zip, int sheet)
{
    const QString entry = QStringLiteral("content.xml");
    auto bytes = zip.read(entry);
    if (!bytes)
        return bytes.error();
    SheetRows result;
    QXmlStreamReader xml(bytes.value());
    int rowNumber = 0;
    bool inChosen = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table") &&
            xml.namespaceUri().endsWith(QLatin1String(":table:1.0"))) {
            inChosen = result.sheetNames.size() == sheet;
            result.sheetNames.append(
                xml.attributes().value(QLatin1String("table:name")).toString());
            rowNumber = 0;
        } else if (inChosen && xml.isStartElement() && xml.name() == QLatin1String("table-row")) {
            const int count = repeated(xml, QLatin1String("table:number-rows-repeated"));
            const QStringList cells = readRow(xml);
            ++rowNumber;
            if (!cells.isEmpty()) {
                for (int i = 0; i < std::min(count, 10000); ++i)
                    result.rows.append({rowNumber + i, cells});
            }
            rowNumber += count - 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("table")) {
            inChosen = false;
        }
    }
    if (xml.hasError())
        return badInput(tr("The workbook is damaged: %1, line %2: %3")
                            .arg(entry)
                            .arg(xml.lineNumber())
                            .arg(xml.errorString()));
    if (result.sheetNames.isEmpty())
        return badInput(tr("The workbook has no sheets."));
    if (sheet < 0 || sheet >= result.sheetNames.size())
        return badInput(tr("The workbook has no sheet number %1; it has %2.")
                            .arg(sheet + 1)
                            .arg(result.sheetNames.size()));
    return result;
}

} // namespace entre::OdsReader
