// Sending the Friday report in real Chromium against the real server: the lurah of the first
// demo kelurahan opens the report (this week by default), sends it and lands on what was sent,
// then sends a correction that shows what changed;
// the report prints as an A4 document whose PDF holds the table; the admin kota sees that
// kelurahan as sent and another as not, and opens the sent version.
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '@shared/coverage/api';
import { uuidv7 } from '@shared/ids';
import { submissionStatus, weekDueOn } from '@shared/reports/deadline';
import { HlcClock } from '@shared/sync/hlc';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { jakartaToday } from '@server/coverage/today';
import { isoWeekOf } from '@server/reports/week';
import { weekLabel } from '@client/features/report/data/weeks';
import { call, enrollViaApi } from './harness-auth';
import { enrollPage, launchBrowser, startApp, storedToken, type App } from './harness';

const code = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.code;
const OWN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;
const OTHER = '32.75.04.1005';
const WEEK = isoWeekOf(jakartaToday());
const LURAH = 'Hj. Sri Wahyuni';

let app: App;
let seq = 0;
let pusher: Promise<{ token: string }> | undefined;

/** Households of two to four adults, every other one with dose 1, pushed by an admin kota. */
async function pushHouseholds(places: { kelurahanCode: string; rw: number; rt: number }[]) {
  const { token } = await (pusher ??= enrollViaApi(app.url, code('admin-kota')));
  const deviceId = token.split('.')[0]!;
  const clock = new HlcClock(deviceId);
  const put = (entity: string, values: Record<string, unknown>, entityId = uuidv7()) => ({
    id: uuidv7(),
    seq: ++seq,
    entity,
    entityId,
    op: 'put',
    values,
    hlc: clock.next(),
  });
  const mutations = places.flatMap((place, i) => {
    const householdId = uuidv7();
    const household = put(
      'household',
      { ...place, street: 'Jalan Uji', houseNumber: String(i + 1), headName: 'Kepala Uji' },
      householdId,
    );
    const residents = Array.from({ length: 2 + (i % 3) }, (_, n) => {
      const residentId = uuidv7();
      const person = { householdId, residentId, ...place };
      return [
        put(
          'resident',
          {
            householdId,
            ...place,
            name: `Warga Uji ${n}`,
            birthDate: '1980-04-12',
            sex: 'P',
            relation: n === 0 ? 'kepala' : 'anak',
            ktpElsewhere: false,
            residenceStatus: 'aktif',
          },
          residentId,
        ),
        ...(n % 2 === 0
          ? [put('dose', { ...person, kind: 'dosis1', date: '2021-08-17', product: 'coronavac' })]
          : []),
      ];
    });
    return [household, ...residents.flat()];
  });
  const answer = await call<{ results: { status: string }[] }>(app.url, '/api/sync/push', token, {
    method: 'POST',
    body: { deviceId, schemaVersion: SCHEMA_VERSION, mutations },
  });
  expect(answer.results.filter((r) => r.status !== 'applied')).toEqual([]);
}

async function signedInPage(role: string, name: string, viewport = { width: 1366, height: 768 }) {
  const session = await launchBrowser({ viewport });
  session.page.setDefaultTimeout(60_000);
  await enrollPage(session.page, app.url, { code: code(role), name });
  return session;
}

const cells = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  // Four RWs of the lurah's kelurahan, and one elsewhere.
  await pushHouseholds([
    ...[1, 2, 3, 3, 4].map((rw) => ({ kelurahanCode: OWN, rw, rt: 1 })),
    { kelurahanCode: OTHER, rw: 1, rt: 1 },
  ]);
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

describe('the Friday report', { timeout: 240_000 }, () => {
  it('the lurah is reminded at home, sends this week’s report and sees what was sent', async () => {
    const lurah = await signedInPage('lurah', LURAH);
    const { page } = lurah;
    try {
      // Monday to Thursday the reminder is last week's (late by now); from Friday this week's.
      const due = weekDueOn(jakartaToday());
      const reminder = page.locator('.report-due');
      await reminder.waitFor();
      expect(await reminder.innerText()).toContain(weekLabel(due));
      expect(await reminder.innerText()).toMatch(/belum dikirim/);
      await reminder.getByRole('link', { name: 'Periksa dan kirim laporan' }).click();
      await page.waitForURL(`**/laporan?minggu=${due}`);

      // The report screen opens on the current week, the one Friday closes.
      await page.goto(`${app.url}/laporan`);
      await page.locator('table.report-table tbody tr').first().waitFor();
      expect(await page.getByRole('combobox', { name: /^Minggu/ }).inputValue()).toBe(WEEK);
      expect(await cells(page, 'table.report-table tbody th')).toEqual([
        `Kel. ${findKelurahan(OWN)!.name}`,
        'RW 001',
        'RW 002',
        'RW 003',
        'RW 004',
      ]);
      await page.getByRole('button', { name: 'Kirim laporan minggu ini' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.innerText()).toContain(weekLabel(WEEK));
      await dialog.getByRole('button', { name: 'Kirim', exact: true }).click();

      await page.waitForURL(`**/laporan/kiriman/${OWN}/${WEEK}/1`);
      await page.getByText(`Versi 1 dikirim oleh ${LURAH} (Lurah)`).waitFor();
      expect(await cells(page, 'table.report-table tbody th')).toHaveLength(5);

      // A household found after sending: version 1 stays, the correction shows what changed.
      await pushHouseholds([{ kelurahanCode: OWN, rw: 5, rt: 1 }]);
      await page.goto(`${app.url}/laporan`);
      await expect.poll(() => cells(page, 'table.report-table tbody th')).toContain('RW 005');
      await page.getByRole('button', { name: 'Kirim koreksi (versi 2)' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Kirim koreksi' }).click();
      await page.waitForURL(`**/laporan/kiriman/${OWN}/${WEEK}/2`);
      await page.getByRole('heading', { name: 'Perubahan dari versi 1' }).waitFor();
      const changed = await cells(page, 'table.changes-table tbody th');
      expect(changed).toEqual(['Total kelurahan', 'RW 005 (baris baru)']);
      const sasaran = page.locator('table.changes-table tbody tr', { hasText: 'Sasaran' }).first();
      expect((await sasaran.locator('td').allInnerTexts()).slice(1)).toEqual(['14', '16']);
      await page.getByRole('link', { name: 'Versi 1' }).click();
      await page.waitForURL(`**/laporan/kiriman/${OWN}/${WEEK}/1`);
      await page.getByText('Sudah ada koreksi').waitFor();
      expect(await cells(page, 'table.report-table tbody th')).not.toContain('RW 005');
    } finally {
      await lurah.close();
    }
  });

  it('prints the report as an A4 document whose PDF holds the table', async () => {
    const lurah = await signedInPage('lurah', LURAH);
    const { page } = lurah;
    try {
      const token = await storedToken(page);
      const report = await call<WeeklyReport>(
        app.url,
        `/api/reports/weekly?week=${WEEK}&kelurahan=${OWN}`,
        token,
      );
      await page.goto(`${app.url}/laporan`);
      await page.locator('table.report-table tbody tr').first().waitFor();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const doc = await getDocumentProxy(new Uint8Array(pdf));
      expect(doc.numPages).toBe(1);
      const size = (await doc.getPage(1)).getViewport({ scale: 1 });
      // A4 portrait: 210 × 297 mm = 595 × 842 points.
      expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
      // Lines wrapped on paper read as one (a date broken after its hyphen, too).
      const { text: printed } = await extractText(doc, { mergePages: true });
      const text = printed.replace(/-\n/g, '-').replace(/\s+/g, ' ');
      const kelurahan = findKelurahan(OWN)!;
      for (const expected of [
        'PEMERINTAH KOTA BEKASI',
        `KECAMATAN ${kelurahan.kecamatanName.toUpperCase()}`,
        `KELURAHAN ${kelurahan.name.toUpperCase()}`,
        weekLabel(WEEK),
        `Lurah ${kelurahan.name}`,
        LURAH,
        'NIP.',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Kirim laporan minggu ini');
      // Every row's figures, after its name.
      for (const row of report.rows) {
        const head = row.rw === null ? `Kel. ${kelurahan.name}` : `RW ${formatRwRt(row.rw)}`;
        const at = text.indexOf(head);
        expect(at, head).toBeGreaterThanOrEqual(0);
        const after = text
          .slice(at + head.length)
          .trim()
          .split(/\s+/);
        expect(after.slice(0, 4), head).toEqual(
          [row.eligible, row.dosis1, row.lengkap, row.booster].map(String),
        );
      }
    } finally {
      await lurah.close();
    }
  });

  it('the admin kota sees the kelurahan as sent, another as not, and opens what was sent', async () => {
    const admin = await signedInPage('admin-kota', 'Staf Sekda');
    const { page } = admin;
    try {
      await page.goto(`${app.url}/laporan`);
      await page.getByRole('link', { name: 'Kiriman kelurahan' }).click();
      await page.waitForURL(`**/laporan/kiriman?minggu=${WEEK}`);
      const own = page.locator(`tr[data-kelurahan="${OWN}"]`);
      const other = page.locator(`tr[data-kelurahan="${OTHER}"]`);
      await own.waitFor();
      expect(await page.locator('table.submissions-table tbody tr').count()).toBe(56);
      const label = { sent: 'Terkirim', 'sent-late': 'Terkirim terlambat' } as const;
      const ownStatus = submissionStatus(WEEK, new Date(), new Date()) as keyof typeof label;
      expect(await own.locator('.badge').innerText()).toBe(label[ownStatus]);
      expect(await own.innerText()).toContain(LURAH);
      const otherStatus = submissionStatus(WEEK, null, new Date());
      expect(await other.locator('.badge').innerText()).toBe(
        otherStatus === 'late' ? 'Terlambat' : 'Belum dikirim',
      );

      // The latest version, the lurah's correction.
      await own.getByRole('link', { name: /versi 2/ }).click();
      await page.waitForURL(`**/laporan/kiriman/${OWN}/${WEEK}/2`);
      await page.getByText(`Versi 2 dikirim oleh ${LURAH} (Lurah)`).waitFor();
      expect(await cells(page, 'table.report-table tbody th')).toContain('RW 004');
    } finally {
      await admin.close();
    }
  });
});
