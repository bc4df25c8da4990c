// Each role's map in real Chromium, tiles from a local tile server (tile-server.ts): the lurah
// sees donuts of household status and opens a house from its card; the ketua RW sees their
// RW; the relawan downloads their area's tiles and then has the map, tiles and houses, offline.
// On each, the "warga belum divaksin" density is drawn when turned on and gone when off.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { uuidv7 } from '@shared/ids';
import { pushingDevice } from './harness-push';
import { countIndexedDb } from './harness-idb';
import {
  enrollPage,
  launchBrowser,
  setOffline,
  startApp,
  waitForServiceWorker,
  type App,
  type BrowserSession,
} from './harness';
import { startTileServer, type TileServer } from './tile-server';

const code = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.code;
const OWN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;
/** Houses in a street grid of Bekasijaya: RT 1 and 2 of RW 1 (the relawan's), RT 1 of RW 2. */
const HOUSES = Array.from({ length: 36 }, (_, i) => ({
  kelurahanCode: OWN,
  rw: i < 30 ? 1 : 2,
  rt: i < 30 ? 1 + (i % 2) : 1,
  lat: -6.2335 + Math.floor(i / 6) * 0.0003,
  lng: 107.0135 + (i % 6) * 0.0003,
  visited: i % 3 === 0,
}));

let app: App;
let tiles: TileServer;

/** The houses with one adult each, a third of them visited, pushed by an admin kota device. */
async function seedHouses(): Promise<void> {
  const { put, push } = await pushingDevice(app.url, code('admin-kota'));
  const mutations = HOUSES.flatMap(({ lat, lng, visited, ...place }, i) => {
    const householdId = uuidv7();
    return [
      put(
        'household',
        {
          ...place,
          street: 'Jalan Peta',
          houseNumber: String(i + 1),
          headName: 'Kepala Uji',
          location: { lat, lng, accuracy: 8 },
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
      ...(visited
        ? [
            put('visit', {
              householdId,
              ...place,
              at: '2021-08-17T09:30:00+07:00',
              outcome: 'ditemui',
              revisitNeeded: false,
            }),
          ]
        : []),
    ];
  });
  const answer = await push(mutations);
  expect(answer.results.filter((r) => r.status !== 'applied')).toEqual([]);
}

async function phoneOf(role: string): Promise<BrowserSession> {
  const session = await launchBrowser();
  session.page.setDefaultTimeout(60_000);
  await enrollPage(session.page, app.url, { code: code(role), name: 'Pengguna Uji' });
  return session;
}

/** Taps houses until one is a single dot (clusters zoom in), then that dot: its card opens. */
async function tapAHouse(page: Page): Promise<void> {
  for (let i = 0; i < 6 && (await page.locator('.household-dot').count()) === 0; i++) {
    await page.locator('.household-cluster').first().click();
    await page.waitForTimeout(600); // the fly-to animation
  }
  await page.locator('.household-dot').first().click({ force: true });
  await page.getByRole('region', { name: 'Rumah dipilih' }).waitFor();
}

/** Pixels of the unvaccinated density's canvas that are painted (0 when it is not there). */
async function densityPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.unvaccinated-density');
    if (!canvas || canvas.width === 0) return 0;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}

/** Turns the density on (drawn over the houses' places), then off (gone). */
async function toggleDensity(page: Page, unvaccinated: number): Promise<void> {
  const toggle = page.getByLabel(
    `Kepadatan warga belum divaksin (${unvaccinated} sasaran belum dapat dosis apa pun)`,
  );
  expect(await densityPixels(page)).toBe(0);
  await toggle.check();
  await expect.poll(() => densityPixels(page)).toBeGreaterThan(500);
  await page.getByRole('region', { name: 'Kepadatan warga belum divaksin' }).waitFor();
  await toggle.uncheck();
  await expect.poll(() => page.locator('canvas.unvaccinated-density').count()).toBe(0);
}

beforeAll(async () => {
  tiles = await startTileServer();
  app = await startApp({
    env: {
      SEED: 'accounts',
      TILE_URL: tiles.template,
      TILE_ATTRIBUTION: 'Peta uji',
      TILE_BULK_DOWNLOAD: 'true',
    },
  });
  await seedHouses();
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await tiles?.stop();
});

describe('maps for every role', { timeout: 180_000 }, () => {
  it('the lurah sees donuts of household status, zooms in by tapping, and opens a house', async () => {
    const { page, close } = await phoneOf('lurah');
    try {
      await page.goto(`${app.url}/peta`);
      await page.waitForURL(`**/peta/${OWN}`);
      const donut = page.locator('.household-cluster svg').first();
      await donut.waitFor();
      // A donut's ring shows its houses' statuses.
      const label = await donut.getAttribute('aria-label');
      expect(label).toMatch(/rumah: .*semua sasaran lengkap|belum dikunjungi/);
      // The map is fitted to the houses: each is in some donut, or a dot of its own.
      const counts = await page.locator('.household-cluster svg text').allTextContents();
      const dots = await page.locator('.household-dot').count();
      expect(counts.map(Number).reduce((a, b) => a + b, 0) + dots).toBe(HOUSES.length);
      // The tiles come from the configured server, with its attribution.
      await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
      expect(await page.locator('.leaflet-tile').first().getAttribute('src')).toContain(tiles.url);
      await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain(
        'Peta uji',
      );
      // Every house's one adult has no dose yet.
      await toggleDensity(page, HOUSES.length);
      await tapAHouse(page);
      await page.getByRole('link', { name: 'Riwayat rumah' }).click();
      await page.waitForURL(/\/rumah\/[0-9a-f-]+\/riwayat$/);
    } finally {
      await close();
    }
  });

  it('the ketua RW sees their RW alone and opens a house on their phone', async () => {
    const { page, close } = await phoneOf('ketua-rw');
    try {
      await expect
        .poll(async () => (await countIndexedDb(page)).households ?? 0, { timeout: 60_000 })
        .toBe(30); // the first sync, slow on a loaded machine
      await page.goto(`${app.url}/peta`);
      await page.waitForURL(`**/peta/${OWN}/rw/1`);
      await page.getByText('30 rumah dengan titik GPS di RW ini.').waitFor();
      await toggleDensity(page, 30);
      await tapAHouse(page);
      await expect(
        page.getByRole('region', { name: 'Rumah dipilih' }).textContent(),
      ).resolves.toContain('RW 001');
      await page.getByRole('link', { name: 'Buka rumah' }).click();
      await page.waitForURL(/\/rumah\/[0-9a-f-]+$/);
      await page.getByRole('heading', { name: /Jalan Peta No\. \d+/ }).waitFor();
    } finally {
      await close();
    }
  });

  it('the relawan downloads their area, then has the map, its tiles and houses offline', async () => {
    const { page, context, close } = await phoneOf('relawan');
    try {
      await waitForServiceWorker(page);
      await expect
        .poll(async () => (await countIndexedDb(page)).households ?? 0, { timeout: 60_000 })
        .toBe(30); // the first sync, slow on a loaded machine
      await page.goto(`${app.url}/peta`);
      await page.waitForURL('**/peta/rumah-saya');
      await page.getByText(/Berikutnya \(lingkar biru\)/).waitFor();
      const offer = page.getByRole('region', { name: 'Peta luring' });
      const size = await offer.textContent();
      expect(size).toMatch(/\d+ ubin peta \(zoom 13–18\), sekitar [\d,]+ (KB|MB)/);
      const before = tiles.served();
      await offer.getByRole('button', { name: 'Unduh peta wilayah ini' }).click();
      await offer.getByText(/Peta tersimpan/).waitFor();
      const total = Number(/(\d+) ubin peta/.exec(size!)![1]);
      expect(tiles.served() - before).toBeGreaterThanOrEqual(total - 40); // less what was seen
      expect(
        await page.evaluate(async () =>
          (await caches.open('pintu-map-tiles-area')).keys().then((k) => k.length),
        ),
      ).toBe(total);

      await setOffline(context, true);
      const served = tiles.served();
      await page.reload();
      await page.getByText(/30 rumah dengan titik GPS di ponsel ini/).waitFor();
      await page.locator('.household-cluster, .household-dot').first().waitFor();
      await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
      expect(tiles.served()).toBe(served); // offline: every tile came from the phone
      await page.locator('path.kelurahan-shape').waitFor();
      await toggleDensity(page, 30); // from the phone's own records
      await tapAHouse(page);
      await page.getByRole('link', { name: 'Buka rumah' }).click();
      await page.getByRole('heading', { name: /Jalan Peta No\. \d+/ }).waitFor();
    } finally {
      await setOffline(context, false);
      await close();
    }
  });
});
