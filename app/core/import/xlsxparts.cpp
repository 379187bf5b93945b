#include "xlsxparts.h"

#include <QCoreApplication>
#include <QHash>

namespace entre::XlsxParts {
namespace {

using ImportLimits::Limit;
using ImportLimits::overLimit;

// The texts of this file, in the context lupdate files them under.
struct SpreadsheetReaderText {
    Q_DECLARE_TR_FUNCTIONS(entre::SpreadsheetReader)
};

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
    return badInput(SpreadsheetReaderText::tr("The workbook is damaged: %1, line %2: %3")
                        .arg(entry)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
}

Result<void> parseEntry(const ZipEntries& zip, const QString& entry,
                        const std::function<Result<void>(QXmlStreamReader&)>& parse)
{
    auto stream = zip.open(entry);
    if (!stream)
        return stream.error();
    QXmlStreamReader xml(stream->get());
    if (auto parsed = parse(xml); !parsed)
        return parsed;
    if (auto status = stream.value()->status(); !status)
        return status;
    if (xml.hasError())
        return malformed(entry, xml);
    return stream.value()->finish();
}

Result<QString> readRichText(QXmlStreamReader& xml)
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
            if (text.size() > ImportLimits::fieldChars)
                return overLimit(Limit::FieldChars);
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
    QStringList strings;
    if (!zip.contains(entry))
        return strings;
    qint64 chars = 0;
    auto parsed = parseEntry(zip, entry, [&](QXmlStreamReader& xml) -> Result<void> {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement ||
                xml.name() != QLatin1String("si"))
                continue;
            if (strings.size() >= ImportLimits::sharedStrings)
                return overLimit(Limit::SharedStrings);
            auto text = readRichText(xml);
            if (!text)
                return text.error();
            chars += text->size();
            if (chars > ImportLimits::sharedStringChars)
                return overLimit(Limit::SharedStringChars);
            strings.append(std::move(text.value()));
        }
        return {};
    });
    if (!parsed)
        return parsed.error();
    return strings;
}

Result<QSet<int>> readDateStyles(const ZipEntries& zip)
{
    const QString entry = QStringLiteral("xl/styles.xml");
    QSet<int> dateStyles;
    if (!zip.contains(entry))
        return dateStyles;
    auto parsed = parseEntry(zip, entry, [&](QXmlStreamReader& xml) -> Result<void> {
        QSet<int> dateFormats = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
        bool inCellXfs = false;
        int xfIndex = 0;
        int customFormats = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto attributes = xml.attributes();
                if (xml.name() == QLatin1String("numFmt")) {
                    if (++customFormats > ImportLimits::cellStyles)
                        return overLimit(Limit::CellStyles);
                    if (isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()))
                        dateFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt());
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    if (xfIndex >= ImportLimits::cellStyles)
                        return overLimit(Limit::CellStyles);
                    if (dateFormats.contains(attributes.value(QLatin1String("numFmtId")).toInt()))
                        dateStyles.insert(xfIndex);
                    ++xfIndex;
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        return {};
    });
    if (!parsed)
        return parsed.error();
    return dateStyles;
}

Result<QList<SheetEntry>> readSheetList(const ZipEntries& zip)
{
    QHash<QString, QString> targets;
    const QString relsEntry = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (zip.contains(relsEntry)) {
        auto rels = parseEntry(zip, relsEntry, [&](QXmlStreamReader& xml) -> Result<void> {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement ||
                    xml.name() != QLatin1String("Relationship"))
                    continue;
                // Each relationship names a part, and parts are entries of the archive.
                if (targets.size() >= ImportLimits::zipEntries)
                    return overLimit(Limit::ZipEntries);
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
            return {};
        });
        if (!rels)
            return rels.error();
    }
    QList<SheetEntry> sheets;
    auto book = parseEntry(
        zip, QStringLiteral("xl/workbook.xml"), [&](QXmlStreamReader& xml) -> Result<void> {
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement ||
                    xml.name() != QLatin1String("sheet"))
                    continue;
                if (sheets.size() >= ImportLimits::sheets)
                    return overLimit(Limit::Sheets);
                const auto attributes = xml.attributes();
                QString id;
                for (const auto& attribute : attributes) {
                    if (attribute.name() == QLatin1String("id"))
                        id = attribute.value().toString();
                }
                const QString fallback =
                    QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1);
                sheets.append({attributes.value(QLatin1String("name")).toString(),
                               targets.value(id, fallback)});
            }
            return {};
        });
    if (!book)
        return book.error();
    return sheets;
}

} // namespace entre::XlsxParts
