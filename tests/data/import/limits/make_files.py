#!/usr/bin/python3
"""Writes the hostile workbooks and texts next to this script: each crosses one limit of
app/core/import/importlimits.h (or damages text) while staying small on disk."""
import os
import zipfile

here = os.path.dirname(os.path.abspath(__file__))

XLSX_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
              'package/2006/content-types"></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>')
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Förnamn</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Efternamn</t></is></c></row>')


def sheet(rows):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'


def xlsx(name, parts):
    files = {'[Content_Types].xml': XLSX_TYPES, 'xl/_rels/workbook.xml.rels': RELS,
             'xl/workbook.xml': WORKBOOK, 'xl/worksheets/sheet1.xml': sheet(HEADER_ROW)}
    files.update(parts)
    with zipfile.ZipFile(os.path.join(here, name), 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path, text in files.items():
            z.writestr(path, text)


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def cell(text, extra=''):
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>'


def ods(name, rows):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}><office:body>'
               f'<office:spreadsheet><table:table table:name="Blad1"><table:table-row>'
               f'{cell("Förnamn")}{cell("Efternamn")}</table:table-row>{rows}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(os.path.join(here, name), 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet')
        z.writestr('content.xml', content)


# The report: eight <text:s text:c="2000000000"/> asked for 32 GiB.
ods('ods-spaces.ods', '<table:table-row>' + cell('Åsa') +
    cell('H' + '<text:s text:c="2000000000"/>' * 8) + '</table:table-row>')
ods('ods-repeated-rows.ods', '<table:table-row table:number-rows-repeated="2000000000">' +
    cell('Åsa') + cell('Hägglund') + '</table:table-row>')
ods('ods-repeated-columns.ods', '<table:table-row>' + cell('Åsa') +
    cell('x', ' table:number-columns-repeated="2000000000"') + '</table:table-row>')
ods('ods-cells.ods', '<table:table-row table:number-rows-repeated="3000">' +
    cell('x', ' table:number-columns-repeated="16000"') + '</table:table-row>')

# A run of text longer than any cell may be, without a single '<'.
xlsx('xlsx-long-run.xlsx', {'xl/sharedStrings.xml': f'<sst {NS}><si><t>' + 'A' * (17 * 1024 * 1024) +
                            '</t></si></sst>'})
xlsx('xlsx-long-string.xlsx', {'xl/sharedStrings.xml': f'<sst {NS}><si>' + '<t>AAAAAAAAAA</t>' * 100001 +
                               '</si></sst>'})
xlsx('xlsx-shared-strings.xlsx', {'xl/sharedStrings.xml': f'<sst {NS}>' + '<si/>' * 10000001 + '</sst>'})
xlsx('xlsx-column.xlsx', {'xl/worksheets/sheet1.xml': sheet(
    HEADER_ROW + '<row r="2"><c r="XFE2" t="inlineStr"><is><t>Åsa</t></is></c></row>')})
xlsx('xlsx-row.xlsx', {'xl/worksheets/sheet1.xml': sheet(
    HEADER_ROW + '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>Åsa</t></is></c></row>')})
xlsx('xlsx-styles.xlsx', {'xl/styles.xml': f'<styleSheet {NS}><cellXfs>' + '<xf numFmtId="0"/>' * 65537 +
                          '</cellXfs></styleSheet>'})
xlsx('xlsx-sheets.xlsx', {'xl/workbook.xml': f'<workbook {NS}><sheets>' +
                          '<sheet name="B" sheetId="1"/>' * 10001 + '</sheets></workbook>'})
# Qt's XML reader looks for duplicate attributes in quadratic time.
xlsx('xlsx-attributes.xlsx', {'xl/worksheets/sheet1.xml': sheet(
    '<row r="1" ' + ' '.join(f'a{i}="1"' for i in range(129)) + '/>')})
# The furthest cell a sheet can have, alone: read, not refused.
xlsx('xlsx-last-cell.xlsx', {'xl/worksheets/sheet1.xml': sheet(
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>Namn</t></is></c></row>')})

# A zip whose directory claims more entries than the limit (the count is all that is read).
with zipfile.ZipFile(os.path.join(here, 'zip-entries.xlsx'), 'w') as z:
    z.writestr('xl/workbook.xml', WORKBOOK)
with open(os.path.join(here, 'zip-entries.xlsx'), 'r+b') as f:
    data = bytearray(f.read())
    end = data.rfind(b'PK\x05\x06')
    data[end + 8:end + 12] = (10001).to_bytes(2, 'little') * 2
    f.seek(0)
    f.write(data)

with open(os.path.join(here, 'csv-columns.csv'), 'w', encoding='utf-8') as f:
    f.write('Förnamn;Efternamn' + ';x' * 16383 + '\nÅsa;Hägglund\n')
