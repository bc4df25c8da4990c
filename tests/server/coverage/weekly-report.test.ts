// The weekly report: JSON, CSV and XLSX carry the same figures, and they are the dashboard's.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage, WeeklyReport } from '@shared/coverage/api';
import { addDays } from '@shared/dates';
import { uuidv7 } from '@shared/ids';
import { jakartaToday } from '@server/coverage/today';
import { isoWeekDays, isoWeekOf } from '@server/reports/week';
import { useApp } from '../helpers/app';
import { COVERAGE_TABLES, DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, TestDevice, doseValues, visitValues } from '../helpers/device';
import { adminHeaders, getJson } from './brute-force';

const HEADER = [
  'Kode kelurahan',
  'Kelurahan',
  'RW',
  'Sasaran (warga layak vaksin)',
  'Dosis 1',
  'Lengkap',
  'Booster',
  '% Lengkap',
  'Tambahan lengkap minggu ini',
  'Perubahan % lengkap',
  'Lengkap tercatat minggu ini',
  'Kunjungan',
  'Isoman aktif',
  'Isoman baru',
];

/** A report row as the files show it: text, counts, and shares as percentages (1 decimal). */
function shown(r: WeeklyReport['rows'][0]) {
  const pct = (share: number) => Math.round(share * 1000) / 10;
  return [
    r.kelurahanCode,
    r.kelurahanName,
    r.rw === null ? 'Total kelurahan' : `RW ${String(r.rw).padStart(3, '0')}`,
    r.eligible,
    r.dosis1,
    r.lengkap,
    r.booster,
    pct(r.pctLengkap),
    r.lengkapChange,
    pct(r.pctLengkapChange),
    r.recordedLengkap,
    r.visits,
    r.activeIsoman,
    r.newIsoman,
  ];
}

/** RFC 4180 fields of a line (quotes doubled inside quoted fields). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m && m[0] !== ''; m = re.exec(line)) {
    fields.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!);
    if (m[2] === '') break;
  }
  return fields;
}

/** The cells of the workbook's only sheet, row by row (inline strings and numbers). */
function xlsxRows(bytes: Uint8Array): (string | number)[][] {
  const files = unzipSync(bytes);
  expect(Object.keys(files).filter((f) => f.startsWith('xl/worksheets/'))).toEqual([
    'xl/worksheets/sheet1.xml',
  ]);
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const unescape = (t: string) =>
    t
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
  return [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c r="[A-Z]+\d+"([^>]*)>(.*?)<\/c>/g)].map(([, attrs, body]) =>
      attrs!.includes('t="inlineStr"')
        ? unescape(/<t>(.*?)<\/t>/.exec(body!)![1]!)
        : Number(/<v>(.*?)<\/v>/.exec(body!)![1]),
    ),
  );
}

describe.each(DATABASES)('weekly report ($name)', (kind) => {
  const ctx = useApp(kind);

  it('downloads as CSV and XLSX that parse back to the JSON figures and the dashboard', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    const device = new TestDevice(ctx.app);
    const other = { ...AREA, rw: 7, rt: 2 };
    const a = device.household(3);
    const b = device.household(2, other);
    const today = jakartaToday();
    const [r1, r2] = a.residentIds as [string, string];
    await device.push([
      ...a.mutations,
      ...b.mutations,
      device.put('dose', uuidv7(), doseValues(r1, a.householdId)),
      device.put('dose', uuidv7(), {
        ...doseValues(r1, a.householdId),
        kind: 'dosis2',
        date: '2021-09-14',
      }),
      device.put('dose', uuidv7(), { ...doseValues(r2, a.householdId), product: 'janssen' }),
      device.put('visit', uuidv7(), {
        ...visitValues(a.householdId),
        at: new Date().toISOString(),
      }),
      device.put('visit', uuidv7(), {
        ...visitValues(b.householdId, other),
        at: new Date().toISOString(),
      }),
      device.put('isoman', uuidv7(), {
        residentId: b.residentIds[0],
        householdId: b.householdId,
        ...other,
        startDate: today,
        expectedEndDate: addDays(today, 10),
      }),
    ]);
    const week = isoWeekOf(today);
    const url = `/api/reports/weekly?week=${week}&kelurahan=${KELURAHAN}`;
    const json = await getJson<WeeklyReport>(ctx.app, url);
    expect(json).toMatchObject({ week, rows: expect.any(Array) });
    expect(json.rows.map((r) => r.rw)).toEqual([null, 3, 7]);
    const [total] = json.rows;
    // The doses are dated 2021: coverage by vaccination date did not change this week; what
    // reached the server this week did.
    expect(total).toMatchObject({ eligible: 5, dosis1: 2, lengkap: 2, lengkapChange: 0 });
    expect(total).toMatchObject({ recordedDosis1: 2, recordedLengkap: 2, recordedBooster: 0 });
    expect(total).toMatchObject({ visits: 2, activeIsoman: 1, newIsoman: 1, pctLengkap: 0.4 });

    // The dashboard shows the same figures (this week ends today or later).
    const dashboard = await getJson<KelurahanCoverage>(
      ctx.app,
      `/api/coverage/kelurahan/${KELURAHAN}`,
    );
    for (const row of [dashboard.total, ...dashboard.rws]) {
      const reported = json.rows.find((r) =>
        r.rw === null ? row === dashboard.total : String(r.rw) === row.key,
      )!;
      expect(reported).toMatchObject({
        eligible: row.eligible,
        dosis1: row.dosis1,
        lengkap: row.lengkap,
        booster: row.booster,
        pctLengkap: row.pctLengkap,
        activeIsoman: row.activeIsoman,
      });
    }

    const headers = await adminHeaders(ctx.app);
    const csv = await ctx.app.inject({ method: 'GET', url: `${url}&format=csv`, headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['cache-control']).toBe('no-store');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="laporan-mingguan-${week}-${KELURAHAN}.csv"`,
    );
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csvFields(lines[0]!)).toEqual(HEADER);
    const parsed = lines.slice(1).map(csvFields);
    expect(parsed.map((f) => f.map((v, i) => (i < 3 ? v : Number(v))))).toEqual(
      json.rows.map(shown),
    );

    const xlsx = await ctx.app.inject({ method: 'GET', url: `${url}&format=xlsx`, headers });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="laporan-mingguan-${week}-${KELURAHAN}.xlsx"`,
    );
    const [head, ...rows] = xlsxRows(new Uint8Array(xlsx.rawPayload));
    expect(head).toEqual(HEADER);
    // Numbers are numbers; shares are stored whole (shown as 0.0%).
    expect(rows).toEqual(
      json.rows.map((r) => {
        const cells = shown(r);
        cells[7] = r.pctLengkap;
        cells[9] = r.pctLengkapChange;
        return cells;
      }),
    );
  });

  it('a dose recorded today with a date last week changes last week, and this week only as recorded', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    const today = jakartaToday();
    const thisWeek = isoWeekOf(today);
    const lastWeek = isoWeekOf(addDays(today, -7));
    const weekBefore = isoWeekOf(addDays(today, -14));
    const lastWednesday = addDays(isoWeekDays(lastWeek)!.from, 2);
    const device = new TestDevice(ctx.app);
    const a = device.household(4);
    const [r1, r2, r3] = a.residentIds as [string, string, string];
    const dose = (residentId: string, kind: string, date: string) =>
      device.put('dose', uuidv7(), { ...doseValues(residentId, a.householdId), kind, date });
    await device.push([
      ...a.mutations,
      dose(r1, 'dosis1', '2021-08-17'),
      dose(r1, 'dosis2', '2021-09-14'),
      dose(r2, 'dosis1', '2021-08-17'),
    ]);
    const report = async (week: string) =>
      (
        await getJson<WeeklyReport>(
          ctx.app,
          `/api/reports/weekly?week=${week}&kelurahan=${KELURAHAN}`,
        )
      ).rows[0]!;
    const before = await report(lastWeek);
    expect(before).toMatchObject({ eligible: 4, dosis1: 2, lengkap: 1, lengkapChange: 0 });

    // Today a volunteer records dose 2 of r2 and dose 1 of r3, both given last Wednesday.
    await device.push([dose(r2, 'dosis2', lastWednesday), dose(r3, 'dosis1', lastWednesday)]);
    const last = await report(lastWeek);
    expect(last).toMatchObject({ dosis1: 3, lengkap: 2, lengkapChange: 1, pctLengkap: 2 / 4 });
    expect(last).toMatchObject({ pctLengkapChange: 2 / 4 - 1 / 4 });
    // Nothing reached the server last week (the test's pushes all arrive today).
    expect(last).toMatchObject({ recordedDosis1: 0, recordedLengkap: 0 });
    // The week before stays as it was; this week shows last week's state, and what arrived.
    expect(await report(weekBefore)).toMatchObject({ dosis1: 2, lengkap: 1, lengkapChange: 0 });
    const current = await report(thisWeek);
    expect(current).toMatchObject({ dosis1: 3, lengkap: 2, lengkapChange: 0 });
    expect(current).toMatchObject({ recordedDosis1: 3, recordedLengkap: 2, recordedBooster: 0 });

    // The dashboard as of last Tuesday has not yet the doses; as of last Wednesday it has.
    const asOf = (date: string) =>
      getJson<KelurahanCoverage>(ctx.app, `/api/coverage/kelurahan/${KELURAHAN}?date=${date}`);
    const tuesday = await asOf(addDays(lastWednesday, -1));
    expect(tuesday.total).toMatchObject({ dosis1: 2, lengkap: 1 });
    const wednesday = await asOf(lastWednesday);
    expect(wednesday).toMatchObject({
      date: lastWednesday,
      recordedFrom: addDays(lastWednesday, -2),
    });
    expect(wednesday.total).toMatchObject({ dosis1: 3, lengkap: 2 });
    expect(wednesday.total.recordedThisWeek).toEqual({ dosis1: 0, lengkap: 0, booster: 0 });
    // Today's answer: the recorded figure of this week holds today's pushes.
    const now = await getJson<KelurahanCoverage>(ctx.app, `/api/coverage/kelurahan/${KELURAHAN}`);
    expect(now.total.recordedThisWeek).toEqual({ dosis1: 3, lengkap: 2, booster: 0 });
    // The trend, dated the same way, climbs on last Wednesday.
    const point = (d: string) => now.trend.find((p) => p.date === d);
    expect(point(addDays(lastWednesday, -1))).toMatchObject({ dosis1: 2, lengkap: 1 });
    expect(point(lastWednesday)).toMatchObject({ dosis1: 3, lengkap: 2 });
  });

  it('refuses a dashboard date after today or before the programme', async () => {
    const headers = await adminHeaders(ctx.app);
    for (const date of [addDays(jakartaToday(), 1), '2020-12-31', '2026-02-30', 'kemarin']) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/coverage/kelurahan/${KELURAHAN}?date=${date}`,
        headers,
      });
      expect(response.statusCode, date).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad-request', message: expect.any(String) });
    }
  });

  it('refuses a week that does not exist, an unknown format and an unknown kelurahan', async () => {
    const headers = await adminHeaders(ctx.app);
    for (const query of [
      'week=2026-W54',
      'week=2026-47',
      'week=2026-W47&format=pdf',
      'week=2026-W47&kelurahan=99',
    ]) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/reports/weekly?${query}`,
        headers,
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad-request', message: expect.any(String) });
    }
  });
});
