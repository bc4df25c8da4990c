// Each role's server screens in real Chromium show only the user's own area, and the app asks
// the server only for that area: the lurah of the first demo kelurahan sees it alone in the
// weekly report and the dashboard, its ketua RW of RW 001 sees that RW alone, the admin kota
// sees the city. Households are pushed by the admin kota through the API into two RWs of the
// lurah's kelurahan and into another kelurahan.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { jakartaToday } from '@server/coverage/today';
import { isoWeekOf } from '@server/reports/week';
import { uuidv7 } from '@shared/ids';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { pushingDevice } from './harness-push';
import { enrollPage, launchBrowser, startApp, type App, type BrowserSession } from './harness';

const code = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.code;
const OWN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;
const OTHER = '32.75.04.1005';
const name = (kelurahan: string) => findKelurahan(kelurahan)!.name;
const PLACES = [
  { kelurahanCode: OWN, rw: 1, rt: 1 },
  { kelurahanCode: OWN, rw: 1, rt: 2 },
  { kelurahanCode: OWN, rw: 2, rt: 1 },
  { kelurahanCode: OTHER, rw: 1, rt: 1 },
];
const WEEK = isoWeekOf(jakartaToday());

let app: App;

/** A household with one adult resident at each place, pushed by an admin kota device. */
async function seedHouseholds(): Promise<void> {
  const { put, push } = await pushingDevice(app.url, code('admin-kota'));
  const mutations = PLACES.flatMap((place, i) => {
    const householdId = uuidv7();
    return [
      put(
        'household',
        {
          ...place,
          street: 'Jalan Uji',
          houseNumber: String(i + 1),
          headName: 'Kepala Uji',
          location: { lat: -6.2383 + i * 0.0004, lng: 106.9756, accuracy: 10 },
        },
        householdId,
      ),
      put('resident', {
        householdId,
        ...place,
        name: 'Warga Uji',
        birthDate: '1980-04-12',
        sex: 'P',
        relation: 'kepala',
        ktpElsewhere: false,
        residenceStatus: 'aktif',
      }),
    ];
  });
  const answer = await push(mutations);
  expect(answer.results.every((r) => r.status === 'applied')).toBe(true);
}

/** A new phone enrolled with a demo code; `api` lists every /api request its pages make. */
async function phoneOf(role: string): Promise<BrowserSession & { api: string[] }> {
  const session = await launchBrowser();
  session.page.setDefaultTimeout(60_000);
  const api: string[] = [];
  session.page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) api.push(`${url.pathname}${url.search}`);
  });
  await enrollPage(session.page, app.url, { code: code(role), name: 'Pengguna Uji' });
  return { ...session, api };
}

const rowHeads = (page: Page, table: string) =>
  page.locator(`table.${table} tbody tr th`).allInnerTexts();

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'accounts' } });
  await seedHouseholds();
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

describe('server screens show only the user’s area', { timeout: 180_000 }, () => {
  it('the lurah sees only their kelurahan in the weekly report and the dashboard', async () => {
    const phone = await phoneOf('lurah');
    const { page } = phone;
    try {
      await page.goto(`${app.url}/laporan?minggu=${WEEK}`);
      await page.getByRole('heading', { name: new RegExp(`Kelurahan ${name(OWN)}`) }).waitFor();
      await page.locator('table.report-table tbody tr').first().waitFor();
      expect(await rowHeads(page, 'report-table')).toEqual([
        `Kel. ${name(OWN)}`,
        'RW 001',
        'RW 002',
      ]);
      const reports = phone.api.filter((u) => u.startsWith('/api/reports/'));
      expect(reports.length).toBeGreaterThan(0);
      for (const url of reports) expect(url).toContain(`kelurahan=${OWN}`);

      await page.goto(`${app.url}/dasbor`);
      await page.waitForURL(`**/dasbor/${OWN}`);
      await page.locator('table.coverage-table tbody tr').first().waitFor();
      expect(await rowHeads(page, 'coverage-table')).toEqual(['RW 001', 'RW 002']);
      // Another kelurahan's dashboard leads back to their own.
      await page.goto(`${app.url}/dasbor/${OTHER}`);
      await page.waitForURL(`**/dasbor/${OWN}`);
      await page.locator('table.coverage-table tbody tr').first().waitFor();
      expect(phone.api.filter((u) => u.includes('/coverage/city') || u.includes(OTHER))).toEqual(
        [],
      );
    } finally {
      await phone.close();
    }
  });

  it('the ketua RW sees only their RW, and is not shown the report', async () => {
    const phone = await phoneOf('ketua-rw');
    const { page } = phone;
    try {
      await page.goto(`${app.url}/dasbor`);
      await page.waitForURL(`**/dasbor/${OWN}/rw/1`);
      await page.locator('table.coverage-table tbody tr').first().waitFor();
      expect(await rowHeads(page, 'coverage-table')).toEqual(['RT 001', 'RT 002']);
      for (const path of ['/laporan', `/dasbor/${OWN}`, `/dasbor/${OWN}/rw/2`]) {
        await page.goto(`${app.url}${path}`);
        await page.waitForURL(`**/dasbor/${OWN}/rw/1`);
      }
      await page.locator('table.coverage-table tbody tr').first().waitFor();
      // Their map is their RW's: the kelurahan's or another RW's map leads back to it.
      for (const path of ['/peta', `/peta/${OWN}`, `/peta/${OWN}/rw/2`]) {
        await page.goto(`${app.url}${path}`);
        await page.waitForURL(`**/peta/${OWN}/rw/1`);
      }
      await expect.poll(() => page.locator('.household-dot').count()).toBe(2);
      const asked = phone.api.filter((u) => /^\/api\/(coverage|reports)\//.test(u));
      // The map asks for its houses in two parts (?part=points, then ?part=details).
      const coverage = asked.map((u) => u.split('?')[0]);
      expect(coverage.length).toBeGreaterThan(0);
      for (const url of coverage) {
        expect([
          `/api/coverage/kelurahan/${OWN}/rw/1`,
          `/api/coverage/kelurahan/${OWN}/rw/1/households`,
        ]).toContain(url);
      }
      expect(coverage).toContain(`/api/coverage/kelurahan/${OWN}/rw/1/households`);
    } finally {
      await phone.close();
    }
  });

  it('the admin kota sees the city', async () => {
    const phone = await phoneOf('admin-kota');
    const { page } = phone;
    try {
      await page.goto(`${app.url}/laporan?minggu=${WEEK}`);
      await page.getByRole('heading', { name: /Kota Bekasi/ }).waitFor();
      await page.locator('table.report-table tbody tr').first().waitFor();
      const totals = await page
        .locator('table.report-table tbody tr.report-total th')
        .allInnerTexts();
      expect(totals).toEqual([`Kel. ${name(OWN)}`, `Kel. ${name(OTHER)}`]);

      await page.goto(`${app.url}/dasbor`);
      await page.getByRole('heading', { name: 'Cakupan Kota Bekasi' }).waitFor();
      await expect.poll(() => page.locator('ol.rank-list li').count()).toBe(56);
    } finally {
      await phone.close();
    }
  });
});
