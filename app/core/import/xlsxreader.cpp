#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace entre::XlsxReader {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("entre::SpreadsheetReader", text);
}

Error malformed(const QString& entry, const QXmlStreamReader& xml) {
    return badInput(tr("The workbook is damaged: %1, line %2: %3")
                        .arg(entry)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
}

// The text of an <si> or <is> element: its <t> runs, leaving out phonetic hints (<rPh>).
QString readRichText(QXmlStreamReader& xml) {
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(const ZipEntries& zip) {
    const QString entry = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains(entry))
        return QStringList();
    auto bytes = zip.read(entry);
    if (!bytes)
        return bytes.error();
    QStringList strings;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return malformed(entry, xml);
    return strings;
}

bool isDateFormatCode(const QString& code) {
    bool quoted = false;
    int bracket = 0;
    for (const QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            ++bracket;
        else if (!quoted && c == u']')
            --bracket;
        else if (!quoted && bracket == 0 && QStringView(u"dmyhDMYH").contains(c))
            return true;
    }
    return false;
}

// The style indexes (s="...") whose number format shows a date or a time.
Result<QSet<int>> readDateStyles(const ZipEntries& zip) {
    const QString entry = QStringLiteral("xl/styles.xml");
    QSet<int> dateStyles;
    if (!zip.contains(entry))
        return dateStyles;
    auto bytes = zip.read(entry);
    if (!bytes)
        return bytes.error();
    QSet<int> dateFormats = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
    QXmlStreamReader xml(bytes.value());
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                if (isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()))
                    dateFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                if (dateFormats.contains(attributes.value(QLatin1String("numFmtId")).toInt()))
                    dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return malformed(entry, xml);
    return dateStyles;
}

struct SheetEntry {
    QString name;
    QString path;
};

Result<QList<SheetEntry>> readSheetList(const ZipEntries& zip) {
    QHash<QString, QString> targets;
    const QString relsEntry = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (zip.contains(relsEntry)) {
        auto rels = zip.read(relsEntry);
        if (!rels)
            return rels.error();
        QXmlStreamReader xml(rels.value());
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
    }
    const QString bookEntry = QStringLiteral("xl/workbook.xml");
    auto book = zip.read(bookEntry);
    if (!book)
        return book.error();
    QList<SheetEntry> sheets;
    QXmlStreamReader xml(book.value());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("sheet")) {
            const auto attributes = xml.attributes();
            QString id;
            for (const auto& attribute : attributes) {
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
            }
            const QString fallback =
                QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1);
            sheets.append(
                {attributes.value(QLatin1String("name")).toString(), targets.value(id, fallback)});
        }
    }
    if (xml.hasError())
        return malformed(bookEntry, xml);
    return sheets;
}

QString numberText(const QString& raw, bool isDate) {
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

QString readCell(QXmlStreamReader& xml, const SheetContext& context) {
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
                                    const SheetContext& context) {
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

int columnFromReference(QStringView reference) {
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

QString serialToIso(double serial) {
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

Result<SheetRows> read(const ZipEntries& zip, int sheet) {
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
