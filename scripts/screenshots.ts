// Screenshots of the app as its users see it, into docs/screens/: a relawan on a 360×740 phone,
// a lurah on that phone and on a 1366×768 laptop, an admin kota on the laptop. Runs the real
// server with the demo data (a temporary DATA_DIR, a free port) over the current build:
//   npx vite build && npx tsx scripts/screenshots.ts      (or: npm run screens, after a build)
// Shots are of the viewport only (small PNGs), plus the lurah's whole RW table on the laptop.
// SCREENS=map (any part of a name) writes only the shots whose names contain it; the same
// steps run (later shots depend on earlier ones), the others are not written.
// DEMO_DATA_DIR=<a copy of a DATA_DIR seeded with the demo data> skips the seed.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { addDays } from '@shared/dates';
import { jakartaToday } from '@server/coverage/today';
import { isoWeekOf } from '@server/reports/week';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { demoDataReady } from '../tests/e2e/harness-auth';
import { CHROMIUM_ARGS, enrollPage, startApp, type App } from '../tests/e2e/harness';
import { pushFieldWork } from './screens-field-work';
import { startTileServer } from '../tests/e2e/tile-server';

const OUT = resolve(import.meta.dirname, '../docs/screens');
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 768 };
/** No request leaves the machine: map tiles are refused, so shots do not depend on the net. */
const NO_OUTSIDE = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const KELURAHAN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;

const LAST_WEEK = isoWeekOf(addDays(jakartaToday(), -7));

type Size = typeof PHONE;

async function main() {
  await mkdir(OUT, { recursive: true });
  console.log('Starting the server with the demo data (a few minutes)…');
  // Tiles from a local stand-in (one plain tile for any place): the shots show the map as a
  // tile server draws it, with its attribution, and the offline download it allows.
  const tiles = await startTileServer();
  const app = await startApp({
    env: {
      // DEMO_DATA_DIR: a copy of a DATA_DIR already seeded with the demo data (the seed takes
      // minutes); the server starts on it without seeding.
      ...(DEMO_DIR ? { SEED: 'none', DATA_DIR: DEMO_DIR } : { SEED: 'demo' }),
      TILE_URL: tiles.template,
      TILE_ATTRIBUTION: 'Ubin peta uji',
      TILE_BULK_DOWNLOAD: 'true',
    },
    timeoutMs: 180_000,
  });
  let browser: Browser | undefined;
  try {
    if (!DEMO_DIR) await demoDataReady(app, 540_000);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, ...NO_OUTSIDE],
    });
    const relawanPage = await signedIn(browser, app, 'DEMO-RLWN', 'Relawan Demo', PHONE);
    await relawan(relawanPage);
    const relawanArea = DEMO_ACCOUNTS.find((a) => a.role === 'relawan')!.area;
    await pushFieldWork(app.url, 'DEMO-RLWN', relawanArea, jakartaToday());
    await maps(relawanPage, app, 'relawan');
    const ketuaRwPage = await signedIn(browser, app, 'DEMO-KRW1', 'Ketua RW Demo', PHONE);
    await maps(ketuaRwPage, app, 'ketua-rw');
    await stickers(ketuaRwPage, app);
    const lurahPage = await signedIn(browser, app, 'DEMO-LURH', 'Lurah Demo', LAPTOP);
    for (const [size, name] of [
      [LAPTOP, 'laptop'],
      [PHONE, 'phone'],
    ] as const) {
      await lurahPage.setViewportSize(size);
      await lurah(lurahPage, app, name);
    }
    const adminPage = await signedIn(browser, app, 'DEMO-ADMN', 'Admin Demo', LAPTOP);
    await adminKota(adminPage, app);
    await maps(adminPage, app, 'admin');
  } finally {
    await browser?.close();
    await app.stop();
    await tiles.stop();
  }
}

async function signedIn(browser: Browser, app: App, code: string, name: string, size: Size) {
  const context = await browser.newContext({
    viewport: size,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  await enrollPage(page, app.url, { code, name });
  return page;
}

async function relawan(page: Page) {
  const firstHousehold = page.locator('a[href^="/rumah/"]:not([href="/rumah/baru"])').first();
  await firstHousehold.waitFor();
  // The phone's first download of its area, done: the list as a relawan sees it each day.
  await page.getByText(/Mengunduh data wilayah/).waitFor({ state: 'hidden' });
  await page
    .locator('.topbar-status')
    .getByText(/^Sinkron \d{2}\.\d{2}$/)
    .waitFor();
  await shot(page, 'relawan-home-phone');
  await firstHousehold.click();
  await page.getByRole('link', { name: '+ Tambah warga' }).waitFor();
  await shot(page, 'relawan-household-phone');
  await page.getByRole('link', { name: '+ Tambah warga' }).click();
  await page.getByRole('heading', { name: 'Tambah warga' }).waitFor();
  await shot(page, 'relawan-resident-form-phone');
  // A failed save: the first error (the head of household's name, low on the form) shows
  // whole above the sticky Simpan bar, its field focused.
  await page.goto(new URL('/rumah/baru', page.url()).href);
  await page.getByLabel('Nama jalan / gang / perumahan').fill('Jl. Kenanga');
  await page.getByLabel('Nomor rumah / blok').fill('7');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByText('Nama kepala keluarga wajib diisi.').waitFor();
  await shot(page, 'relawan-household-form-error-phone');
}

async function lurah(page: Page, app: App, size: 'laptop' | 'phone') {
  await page.goto(`${app.url}/dasbor/${KELURAHAN}`);
  await page.locator('table.coverage-table tbody tr').first().waitFor();
  await shot(page, `lurah-dashboard-${size}`);
  if (size === 'laptop') {
    // The whole RW table card, below the fold: whether the table is cut is the point. A tall
    // window shows it all at once, clear of the sticky top bar and the bottom menu.
    await page.setViewportSize({ width: LAPTOP.width, height: 2400 });
    const table = page.locator('section.card', { has: page.locator('table.coverage-table') });
    if ('lurah-dashboard-table-laptop'.includes(ONLY)) {
      await table.screenshot({ path: join(OUT, 'lurah-dashboard-table-laptop.png') });
    }
    await page.setViewportSize(LAPTOP);
  }
  await page.goto(app.url);
  await page.locator('.report-due').waitFor();
  await shot(page, `lurah-home-${size}`);
  await page.goto(`${app.url}/laporan`);
  await page.locator('table.report-table tbody tr').first().waitFor();
  await page.locator('.send-panel > button').waitFor();
  await shot(page, `lurah-report-${size}`);
  if (size === 'laptop') {
    // Sends this week's report (the demo has only past weeks sent) and shows what was sent.
    await page.getByRole('button', { name: 'Kirim laporan minggu ini' }).click();
    await shot(page, 'lurah-report-confirm-laptop');
    await page.getByRole('dialog').getByRole('button', { name: 'Kirim', exact: true }).click();
  } else {
    await page.getByRole('link', { name: 'Lihat yang terkirim' }).click();
  }
  await page.getByText(/Versi 1 dikirim oleh/).waitFor();
  await shot(page, `lurah-report-sent-${size}`);
  await page.goto(`${app.url}/peta/${KELURAHAN}`);
  await page.locator('path.kelurahan-shape').first().waitFor();
  await page.locator('.household-dot, .household-cluster').first().waitFor();
  await page.waitForTimeout(500); // the map's fit-to-bounds animation
  await shot(page, `lurah-map-${size}`);
  if (size === 'laptop') {
    // Zoomed in one step, the unvaccinated residents' density on, the RT shading off.
    await page.getByLabel(/Kepadatan warga belum divaksin/).check();
    await page.getByLabel(/Arsir wilayah RT/).uncheck(); // the two shadings, one at a time
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForTimeout(800);
    await shot(page, 'lurah-map-density-laptop');
  }
  await page.goto(`${app.url}/relawan`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await shot(page, `lurah-volunteers-${size}`);
  await page.goto(`${app.url}/isoman/${KELURAHAN}`);
  await page.locator('.isoman-patient').first().waitFor();
  await shot(page, `lurah-isoman-${size}`);
  await page.goto(`${app.url}/perubahan/${KELURAHAN}`);
  await page.locator('.change-row').first().waitFor();
  await shot(page, `lurah-changes-${size}`);
  await page.goto(`${app.url}/rekonsiliasi/${KELURAHAN}`);
  await page.locator('.recon-resident').first().waitFor();
  await shot(page, `lurah-reconciliation-${size}`);
}

/** The ketua RW's household QR stickers, from their phone's data (the RW's every house). */
async function stickers(page: Page, app: App) {
  await page.goto(`${app.url}/stiker-rumah`);
  await page.locator('.sticker').first().waitFor();
  await shot(page, 'ketua-rw-stickers-phone');
}

/** A role's own map (the Peta entry of the bottom menu) on the phone and on the laptop. */
async function maps(page: Page, app: App, role: string) {
  for (const [size, name] of [
    [PHONE, 'phone'],
    [LAPTOP, 'laptop'],
  ] as const) {
    await page.setViewportSize(size);
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Peta' }).last().click();
    await page
      .locator('.household-cluster, .household-dot, path.kelurahan-shape')
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800); // the map's fit-to-bounds animation
    await shot(page, `${role}-map-${name}`);
  }
}

async function adminKota(page: Page, app: App) {
  await page.goto(`${app.url}/dasbor`);
  await page.getByRole('heading', { name: 'Cakupan Kota Bekasi' }).waitFor();
  await page.locator('table.coverage-table tbody tr').first().waitFor();
  await shot(page, 'admin-city-dashboard-laptop');
  await page.goto(`${app.url}/isoman`);
  await page.locator('table.isoman-table tbody tr').first().waitFor();
  await shot(page, 'admin-city-isoman-laptop');
  for (const [size, name] of [
    [LAPTOP, 'laptop'],
    [PHONE, 'phone'],
  ] as const) {
    await page.setViewportSize(size);
    // Last week: the demo's reports, sent on time, late or not at all.
    await page.goto(`${app.url}/laporan/kiriman?minggu=${LAST_WEEK}`);
    await page.locator('table.submissions-table tbody tr').first().waitFor();
    await shot(page, `admin-report-status-${name}`);
  }
  await page.setViewportSize(LAPTOP);
  // This week: the one the lurah sent above.
  await page.goto(`${app.url}/laporan/kiriman`);
  await page.locator(`tr[data-kelurahan="${KELURAHAN}"] a`).click();
  await page.getByText(/Versi 1 dikirim oleh/).waitFor();
  await shot(page, 'admin-report-snapshot-laptop');
}

const ONLY = process.env.SCREENS ?? '';
const DEMO_DIR = process.env.DEMO_DATA_DIR;

async function shot(page: Page, name: string) {
  if (!name.includes(ONLY)) return;
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  console.log(`  ${path}`);
}

await main();
