#include "xlsxparts.h"

#include <QCoreApplication>
#include <QHash>

namespace entre::XlsxParts {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("entre::SpreadsheetReader", text);
}

bool isDateFormatCode(const QString& code)
{
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

} // namespace

Error malformed(const QString& entry, const QXmlStreamReader& xml)
{
    return badInput(tr("The workbook is damaged: %1, line %2: %3")
                        .arg(entry)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
}

QString readRichText(QXmlStreamReader& xml)
{
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

Result<QStringList> readSharedStrings(const ZipEntries& zip)
{
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

Result<QSet<int>> readDateStyles(const ZipEntries& zip)
{
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

Result<QList<SheetEntry>> readSheetList(const ZipEntries& zip)
{
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

} // namespace entre::XlsxParts
