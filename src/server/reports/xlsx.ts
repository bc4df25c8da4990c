import type { WeeklyReport } from '@shared/coverage/api';
import { strToU8, zipSync } from 'fflate';
import { spreadsheetText } from './cell';
import { REPORT_COLUMNS, type TableColumn } from './columns';

/** The weekly report as an .xlsx workbook (tableXlsx). */
export function weeklyReportXlsx(report: WeeklyReport): Uint8Array {
  return tableXlsx(`Laporan ${report.week}`, REPORT_COLUMNS, report.rows);
}

/**
 * Rows as an .xlsx workbook of one sheet: the smallest SpreadsheetML (ECMA-376) that Excel,
 * LibreOffice and Google Sheets open, zipped with fflate. Counts are numbers, shares are
 * numbers shown as percentages (style 1: "0.0%"), text is inline strings (a NIK stays text, all
 * 16 digits); the header row is bold (style 2) and frozen.
 */
export function tableXlsx<Row>(
  sheetName: string,
  columns: readonly TableColumn<Row>[],
  data: readonly Row[],
): Uint8Array {
  const rows = [
    columns.map((c, i) => textCell(cellRef(i, 1), c.header, 2)),
    ...data.map((row, r) =>
      columns.map((c, i) => {
        const ref = cellRef(i, r + 2);
        const value = c.value(row);
        if (typeof value === 'string') return textCell(ref, value);
        return `<c r="${ref}"${c.kind === 'share' ? ' s="1"' : ''}><v>${value}</v></c>`;
      }),
    ),
  ];
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${rows
    .map((cells, r) => `<row r="${r + 1}">${cells.join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbook(sheetName)),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/styles.xml': strToU8(STYLES),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

/** `A1`-style reference of a 0-based column and a 1-based row. */
export function cellRef(column: number, row: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return `${name}${row}`;
}

function textCell(ref: string, text: string, style?: number): string {
  const s = style ? ` s="${style}"` : '';
  // Inline strings are never formulas in Excel itself, but a sheet saved again as CSV, or
  // pasted, would carry the text as it is: the same rule as the CSV (cell.ts).
  return `<c r="${ref}" t="inlineStr"${s}><is><t>${escapeXml(spreadsheetText(text))}</t></is></c>`;
}

/**
 * Text as XML character data: the markup characters escaped, and the characters XML 1.0
 * forbids (control characters but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) dropped, since a
 * single one (a \x0B pasted into a name) makes Excel refuse the whole file.
 */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

function workbook(sheetName: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

// Styles: 0 default, 1 "0.0%", 2 bold (the header).
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;
