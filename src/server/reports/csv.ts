import type { WeeklyReport } from '@shared/coverage/api';
import { spreadsheetText } from './cell';
import { REPORT_COLUMNS, type TableColumn } from './columns';

/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark. */
const BOM = '\uFEFF';

/** The weekly report as CSV (tableCsv). */
export function weeklyReportCsv(report: WeeklyReport): string {
  return tableCsv(REPORT_COLUMNS, report.rows);
}

/**
 * Rows as CSV: comma-separated (RFC 4180 quoting), a header row in Indonesian, CRLF line
 * ends, shares written as percentages with one decimal ("63.5" for 63.5%).
 */
export function tableCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => quote(c.header))];
  for (const row of rows) {
    lines.push(
      columns.map((c) => {
        const value = c.value(row);
        if (c.kind === 'share') return percent(value as number);
        return typeof value === 'number' ? String(value) : quote(value);
      }),
    );
  }
  return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

export function percent(share: number): string {
  return (Math.round(share * 1000) / 10).toFixed(1);
}

/** A text cell: safe from formulas (cell.ts), then quoted when it holds a comma, quote or line end. */
function quote(text: string): string {
  const cell = spreadsheetText(text);
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
