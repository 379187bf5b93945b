#include "xlsxwriter.h"

#include "csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>

namespace entre {
namespace {

const QString mainNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString officeRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

constexpr char contentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

constexpr char packageRelationships[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

constexpr char workbookRelationships[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// Style 1 is the bold header.
constexpr char styles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
    R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

// XML 1.0 holds tab, line feed, carriage return and everything from U+0020 up, except lone
// surrogates and U+FFFE/U+FFFF.
QString xmlSafe(const QString& text)
{
    QString safe = text;
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const char16_t c = safe[i].unicode();
        const bool control = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        const bool pairStart = QChar::isHighSurrogate(c) && i + 1 < safe.size() &&
                               QChar::isLowSurrogate(safe[i + 1].unicode());
        if (pairStart) {
            ++i;
            continue;
        }
        if (control || QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF)
            safe[i] = QChar::ReplacementCharacter;
    }
    return safe;
}

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return name;
}

QString safeSheetName(const QString& name)
{
    QString safe = xmlSafe(name);
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        safe.remove(c);
    safe = safe.trimmed().left(31).trimmed();
    return safe.isEmpty() ? QStringLiteral("Sheet1") : safe;
}

QByteArray workbookXml(const QString& sheetName)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeDefaultNamespace(mainNamespace);
    xml.writeNamespace(officeRelationships, QStringLiteral("r"));
    xml.writeStartElement(mainNamespace, QStringLiteral("workbook"));
    xml.writeStartElement(mainNamespace, QStringLiteral("sheets"));
    xml.writeStartElement(mainNamespace, QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), safeSheetName(sheetName));
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(officeRelationships, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndDocument();
    return bytes;
}

void writeRow(QXmlStreamWriter& xml, qsizetype index, const QStringList& values, bool bold)
{
    xml.writeStartElement(QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), QString::number(index + 1));
    for (qsizetype column = 0; column < values.size(); ++column) {
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), columnName(column) + QString::number(index + 1));
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        if (bold)
            xml.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
        xml.writeStartElement(QStringLiteral("is"));
        xml.writeStartElement(QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(xmlSafe(csvwriter::neutralised(values[column])));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// Columns as wide as their longest value, within reason, so the sheet opens readable.
void writeColumns(QXmlStreamWriter& xml, const QStringList& header, const QList<QStringList>& rows)
{
    xml.writeStartElement(QStringLiteral("cols"));
    for (qsizetype column = 0; column < header.size(); ++column) {
        qsizetype widest = header[column].size();
        for (const QStringList& row : rows)
            widest = std::max(widest, row.value(column).size());
        xml.writeStartElement(QStringLiteral("col"));
        xml.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
        xml.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
        xml.writeAttribute(QStringLiteral("width"),
                           QString::number(std::clamp<qsizetype>(widest + 2, 8, 60)));
        xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray sheetXml(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeDefaultNamespace(mainNamespace);
    xml.writeStartElement(mainNamespace, QStringLiteral("worksheet"));
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEndElement();
    xml.writeEndElement();
    if (!header.isEmpty())
        writeColumns(xml, header, rows);
    xml.writeStartElement(QStringLiteral("sheetData"));
    writeRow(xml, 0, header, true);
    for (qsizetype i = 0; i < rows.size(); ++i)
        writeRow(xml, i + 1, rows[i], false);
    xml.writeEndDocument();
    return bytes;
}

bool addEntry(QuaZip& zip, const QString& name, const QByteArray& bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == ZIP_OK;
}

} // namespace

QByteArray xlsxWorkbook(const QString& sheetName, const QStringList& header,
                        const QList<QStringList>& rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    const bool written =
        addEntry(zip, QStringLiteral("[Content_Types].xml"), contentTypes) &&
        addEntry(zip, QStringLiteral("_rels/.rels"), packageRelationships) &&
        addEntry(zip, QStringLiteral("xl/workbook.xml"), workbookXml(sheetName)) &&
        addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships) &&
        addEntry(zip, QStringLiteral("xl/styles.xml"), styles) &&
        addEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(header, rows));
    zip.close();
    if (!written || zip.getZipError() != ZIP_OK)
        return {};
    return buffer.data();
}

Result<void> writeXlsxFile(const QString& path, const QString& sheetName, const QStringList& header,
                           const QList<QStringList>& rows)
{
    const QByteArray bytes = xlsxWorkbook(sheetName, header, rows);
    if (bytes.isEmpty())
        return failed(
            QCoreApplication::translate("entre::XlsxWriter", "Cannot make the workbook for %1.")
                .arg(path));
    return csvwriter::writePrivateFile(path, bytes);
}

} // namespace entre
