#include "odsreader.h"

#include "xlsxparts.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace entre::OdsReader {
namespace {

using ImportLimits::Limit;

// The texts of this file, in the context lupdate files them under.
struct SpreadsheetReaderText {
    Q_DECLARE_TR_FUNCTIONS(entre::SpreadsheetReader)
};

// Clamped far above every limit, so that sums of repeats cannot overflow.
qint64 repeated(const QXmlStreamReader& xml, QLatin1String attribute)
{
    const qint64 count = xml.attributes().value(attribute).toLongLong();
    return std::clamp<qint64>(count, 1, qint64(1) << 31);
}

// content.xml of one workbook. Repeats (of rows, cells, spaces) are counted against the limits
// before anything is expanded; LibreOffice repeats empty rows and cells to the end of the sheet.
class ContentReader {
public:
    ContentReader(int sheet, const ReadProgress& progress)
        : m_sheet(sheet)
        , m_ticker(progress)
    {}

    Result<void> read(QXmlStreamReader& xml)
    {
        qint64 rowNumber = 0;
        bool inChosen = false;
        while (!xml.atEnd() && !m_over && !m_ticker.stopped()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("table") &&
                xml.namespaceUri().endsWith(QLatin1String(":table:1.0"))) {
                if (m_result.sheetNames.size() >= ImportLimits::sheets)
                    return ImportLimits::overLimit(Limit::Sheets);
                inChosen = m_result.sheetNames.size() == m_sheet;
                m_result.sheetNames.append(
                    xml.attributes().value(QLatin1String("table:name")).toString());
                rowNumber = 0;
            } else if (inChosen && xml.isStartElement() &&
                       xml.name() == QLatin1String("table-row")) {
                const qint64 count = repeated(xml, QLatin1String("table:number-rows-repeated"));
                const QStringList cells = readRow(xml);
                addRows(rowNumber + 1, count, cells);
                rowNumber += count;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("table")) {
                inChosen = false;
            }
        }
        if (m_over)
            return ImportLimits::overLimit(*m_over);
        if (m_ticker.stopped())
            return readingCancelled();
        return {};
    }

    SheetRows& result() { return m_result; }

private:
    void addRows(qint64 first, qint64 count, const QStringList& cells)
    {
        if (cells.isEmpty() || m_over)
            return;
        if (first + count - 1 > ImportLimits::rows ||
            m_result.rows.size() + count > ImportLimits::rows) {
            m_over = Limit::Rows;
            return;
        }
        // Repeated rows share their cells, but whatever edits one of them pays for a copy.
        m_cells += count * cells.size();
        if (m_cells > ImportLimits::cells) {
            m_over = Limit::Cells;
            return;
        }
        for (qint64 i = 0; i < count; ++i) {
            m_result.rows.append({int(first + i), cells, {}});
            m_ticker.row(m_result.rows.size());
        }
    }

    // The text of a cell's paragraphs, with <text:s/> spaces and line breaks.
    QString readParagraphs(QXmlStreamReader& xml)
    {
        QString text;
        bool firstParagraph = true;
        int depth = 1;
        auto add = [&](QStringView part, qint64 times = 1) {
            if (times > ImportLimits::fieldChars ||
                text.size() + part.size() * times > ImportLimits::fieldChars) {
                m_over = Limit::FieldChars;
                return;
            }
            for (qint64 i = 0; i < times; ++i)
                text += part;
        };
        while (depth > 0 && !xml.atEnd() && !m_over) {
            xml.readNext();
            if (xml.isStartElement()) {
                ++depth;
                if (xml.name() == QLatin1String("p") && depth == 2 && !firstParagraph)
                    add(u"\n");
                if (xml.name() == QLatin1String("p") && depth == 2)
                    firstParagraph = false;
                else if (xml.name() == QLatin1String("s"))
                    add(u" ", repeated(xml, QLatin1String("text:c")));
                else if (xml.name() == QLatin1String("line-break"))
                    add(u"\n");
                else if (xml.name() == QLatin1String("tab"))
                    add(u"\t");
            } else if (xml.isEndElement()) {
                --depth;
            } else if (xml.isCharacters()) {
                add(xml.text());
            }
        }
        return text;
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
        qint64 pendingEmpty = 0; // empty cells are often repeated a thousand times: pad for content
        while (xml.readNextStartElement() && !m_over) {
            const bool cell = xml.name() == QLatin1String("table-cell") ||
                              xml.name() == QLatin1String("covered-table-cell");
            if (!cell) {
                xml.skipCurrentElement();
                continue;
            }
            const qint64 count = repeated(xml, QLatin1String("table:number-columns-repeated"));
            const QString value = cellValue(xml);
            if (value.isEmpty()) {
                pendingEmpty += count;
                continue;
            }
            if (cells.size() + pendingEmpty + count > ImportLimits::columns) {
                m_over = Limit::Columns;
                break;
            }
            cells.resize(cells.size() + pendingEmpty);
            pendingEmpty = 0;
            for (qint64 i = 0; i < count; ++i)
                cells.append(value);
        }
        return cells;
    }

    int m_sheet;
    SheetRows m_result;
    std::optional<Limit> m_over;
    ProgressTicker m_ticker;
    qint64 m_cells = 0;
};

} // namespace

Result<SheetRows> read(const ZipEntries& zip, int sheet, const ReadProgress& progress)
{
    ContentReader reader(sheet, progress);
    auto parsed = XlsxParts::parseEntry(zip, QStringLiteral("content.xml"),
                                        [&](QXmlStreamReader& xml) { return reader.read(xml); });
    if (!parsed)
        return parsed.error();
    SheetRows& result = reader.result();
    if (result.sheetNames.isEmpty())
        return badInput(SpreadsheetReaderText::tr("The workbook has no sheets."));
    if (sheet < 0 || sheet >= result.sheetNames.size())
        return badInput(SpreadsheetReaderText::tr("The workbook has no sheet number %1; it has %2.")
                            .arg(sheet + 1)
                            .arg(result.sheetNames.size()));
    return std::move(result);
}

} // namespace entre::OdsReader
