// A lurah's coverage screens in real Chromium against the real server with the demo data:
// the kelurahan dashboard, the map with its boundary coloured by coverage class, and the same
// dashboard after a reload with the network cut ("Data per …" from the saved answer). An
// admin kota sees the 56 kelurahan of the city map coloured by their classes.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityCoverage, KelurahanCoverage } from '@shared/coverage/api';
import { coverageClass } from '@client/features/map/data/coverage-class';
import { formatRwRt } from '@shared/wilayah/wilayah';
import { call, demoDataReady } from './harness-auth';
import {
  enrollPage,
  launchBrowser,
  setOffline,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
  storedToken,
} from './harness';

/** No request may leave the machine: tile hosts resolve to nothing, and tiles are refused. */
const NO_OUTSIDE = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const DEMO_CODES = { lurah: 'DEMO-LURH', adminKota: 'DEMO-ADMN' };

let app: App;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'demo', DEMO_SIZE: 'small' }, timeoutMs: 180_000 });
  // The figures compared below are the server's once the demo data is complete.
  await demoDataReady(app, 540_000);
  session = await launchBrowser({}, { args: NO_OUTSIDE });
  session.page.setDefaultTimeout(60_000);
  await session.context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
}, 600_000);
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

/**
 * Enrolls the page through the app's own screen with a demo invitation code; returns the
 * device token the app keeps, for asking the API the same figures.
 */
async function signIn(page: Page, code: string): Promise<string> {
  await enrollPage(page, app.url, { code, name: 'Lurah Uji' });
  return storedToken(page);
}

/** The fill colour and coverage class of each kelurahan polygon drawn, by kelurahan code. */
function drawnShapes(page: Page) {
  return page.$$eval('path.kelurahan-shape', (paths) =>
    paths.map((p) => ({
      code: [...p.classList]
        .find((c) => c.startsWith('kel-'))!
        .slice(4)
        .replaceAll('-', '.'),
      fill: p.getAttribute('fill'),
      cls: [...p.classList].find((c) => c.startsWith('coverage-'))!.slice(9),
    })),
  );
}

describe('dashboards and maps of a lurah', { timeout: 240_000 }, () => {
  let kel: KelurahanCoverage;

  it('opens the kelurahan dashboard: a row per RW with the server figures, and its time', async () => {
    const { page } = session;
    const token = await signIn(page, DEMO_CODES.lurah);
    await waitForServiceWorker(page, 120_000);
    const me = await call<{ user: { area: { kelurahanCode: string } } }>(
      app.url,
      '/api/auth/me',
      token,
    );
    const code = me.user.area.kelurahanCode;
    kel = await call<KelurahanCoverage>(app.url, `/api/coverage/kelurahan/${code}`, token);
    expect(kel.rws.length).toBeGreaterThan(0);

    await page.goto(`${app.url}/dasbor`); // a lurah lands on their kelurahan
    await page.waitForURL(`**/dasbor/${code}`);
    await page.getByRole('heading', { name: /^Kelurahan / }).waitFor();
    await page.getByText(/^Data per \d{2}-\d{2}-\d{4} \d{2}\.\d{2}/).waitFor();
    const rows = page.locator('table.coverage-table tbody tr');
    expect(await rows.count()).toBe(kel.rws.length);
    const first = kel.rws[0]!;
    const cells = await rows.first().locator('th, td').allInnerTexts();
    expect(cells[0]).toBe(`RW ${formatRwRt(Number(first.key))}`);
    expect(cells[2]).toBe(first.eligible.toLocaleString('id-ID'));

    // Tap a row: the RW's table per RT.
    await rows.first().click();
    await page.waitForURL(`**/dasbor/${code}/rw/${first.key}`);
    await page.locator('table.coverage-table tbody tr').first().waitFor();
  });

  it('opens the map: the kelurahan drawn in the colour of its coverage class, households on it', async () => {
    const { page } = session;
    await page.goto(`${app.url}/peta`);
    await page.waitForURL(`**/peta/${kel.kelurahanCode}`);
    await page.locator('path.kelurahan-shape').waitFor();
    const expected = coverageClass(kel.total, kel.target);
    await expect
      .poll(() => drawnShapes(page))
      .toEqual([{ code: kel.kelurahanCode, fill: expected.color, cls: expected.id }]);
    await page.locator('.household-dot, .household-cluster').first().waitFor();
    // Leaflet's stylesheet came with the map chunk: its panes are positioned absolutely.
    const pane = await page.$eval('.leaflet-pane', (el) => getComputedStyle(el).position);
    expect(pane).toBe('absolute');
  });

  it('previews this week and downloads it as CSV and XLSX with the device token', async () => {
    const { page } = session;
    await page.goto(`${app.url}/laporan`);
    const rows = page.locator('table.report-table tbody tr');
    await rows.first().waitFor();
    const shown = await rows.count();

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Kelurahan');
    expect(lines.length - 1).toBe(shown); // a header, then the rows previewed
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh XLSX' }).click(),
    ]);
    const bytes = await readFile((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as XLSX files are
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('with the network cut, a reload still shows the dashboard with "Data per …"', async () => {
    const { page, context } = session;
    await page.goto(`${app.url}/dasbor/${kel.kelurahanCode}`);
    await page.locator('table.coverage-table tbody tr').first().waitFor();
    await setOffline(context, true);
    try {
      await page.reload();
      const status = page.locator('.answer-status');
      await expect
        .poll(() => status.innerText(), { timeout: 60_000 })
        .toMatch(
          /^Data per \d{2}-\d{2}-\d{4} \d{2}\.\d{2} · Tidak ada sinyal; menampilkan data tersimpan\.$/,
        );
      expect(await page.locator('table.coverage-table tbody tr').count()).toBe(kel.rws.length);
    } finally {
      await setOffline(context, false);
    }
  });
});

describe('city map of an admin kota', { timeout: 240_000 }, () => {
  it('draws the 56 kelurahan, each in the colour of its coverage class', async () => {
    const admin = await launchBrowser({}, { args: NO_OUTSIDE });
    try {
      admin.page.setDefaultTimeout(60_000);
      await admin.context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
      const token = await signIn(admin.page, DEMO_CODES.adminKota);
      const city = await call<CityCoverage>(app.url, '/api/coverage/city', token);
      await admin.page.goto(`${app.url}/peta`);
      const byCode = new Map(city.kelurahan.map((k) => [k.key, k]));
      const expected = (shapes: { code: string }[]) =>
        shapes.map(({ code }) => {
          const cls = coverageClass(byCode.get(code), city.target);
          return { code, fill: cls.color, cls: cls.id };
        });
      // Polygons are drawn when the boundaries arrive, and coloured when the figures do.
      await expect
        .poll(async () => (await drawnShapes(admin.page)).length, { timeout: 60_000 })
        .toBe(56);
      await expect
        .poll(async () => {
          const shapes = await drawnShapes(admin.page);
          return { shapes, same: JSON.stringify(shapes) === JSON.stringify(expected(shapes)) };
        })
        .toMatchObject({ same: true });
      const shapes = await drawnShapes(admin.page);
      expect(shapes).toEqual(expected(shapes));
      // The demo kelurahan have figures; the rest show as "no data".
      expect(new Set(shapes.map((s) => s.cls)).size).toBeGreaterThan(1);
      await admin.page.getByRole('region', { name: /Cakupan lengkap terhadap target/ }).waitFor();
    } finally {
      await admin.close();
    }
  });
});
