// Text that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or CR) is
// written with a leading apostrophe in every export, so opening a report runs nothing.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { WeeklyReport } from '@shared/coverage/api';
import { spreadsheetText } from '@server/reports/cell';
import { weeklyReportCsv } from '@server/reports/csv';
import { weeklyReportXlsx } from '@server/reports/xlsx';

const FORMULA = '=HYPERLINK("http://evil.example","klik")';

function reportNaming(kelurahanName: string): WeeklyReport {
  const figures = { eligible: 10, dosis1: 5, lengkap: 4, booster: 1, pctLengkap: 0.4 };
  return {
    asOf: '2026-11-30T00:00:00.000Z',
    target: 0.7,
    week: '2026-W47',
    from: '2026-11-16',
    to: '2026-11-22',
    rows: [
      {
        kelurahanCode: '32.75.01.1001',
        kelurahanName,
        rw: null,
        ...figures,
        lengkapChange: -2,
        pctLengkapChange: -0.05,
        visits: 3,
        activeIsoman: 0,
        newIsoman: 0,
      },
    ],
  } as WeeklyReport;
}

describe('spreadsheetText', () => {
  it.each([
    [FORMULA, `'${FORMULA}`],
    ['+6281234', "'+6281234"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Bekasi Jaya', 'Bekasi Jaya'],
    ['RW 003', 'RW 003'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (text, written) => {
    expect(spreadsheetText(text)).toBe(written);
  });
});

describe('exports write formula-like text as text', () => {
  it('CSV', () => {
    const csv = weeklyReportCsv(reportNaming(FORMULA));
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    // Numbers stay numbers, negative ones included.
    expect(line).toMatch(/,-2,-5\.0,3,/);
  });

  it('XLSX', () => {
    const files = unzipSync(weeklyReportXlsx(reportNaming(FORMULA)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain("<t>'=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)</t>");
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<v>-2</v>');
  });
});

describe('XLSX text holds only characters XML allows', () => {
  it('drops control characters and lone surrogates, keeps tabs, line breaks and emoji', () => {
    const name = 'Bekasi\x0BJaya\x00 \uD800\uFFFF\tRW\n😷 &<>';
    const files = unzipSync(weeklyReportXlsx(reportNaming(name)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t>BekasiJaya \tRW\n😷 &amp;&lt;&gt;</t>');
    // XML 1.0 Char production: nothing outside it anywhere in the sheet.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(sheet).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});
