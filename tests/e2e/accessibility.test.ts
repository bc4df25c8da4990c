// WCAG 2.2 AA on every screen, as each role reaches it, on a 360×740 phone and a 1366×768
// laptop: axe-core (tests/e2e/harness-axe.ts) finds no serious or critical violation. Real
// Chromium, the real server with the demo data; forms are also checked showing their errors.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { demoDataReady } from './harness-auth';
import { axeFindings, describeFindings } from './harness-axe';
import { enrollPage, launchBrowser, startApp, type App } from './harness';

const NO_OUTSIDE = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const SIZES = [
  ['phone', { width: 360, height: 740 }],
  ['laptop', { width: 1366, height: 768 }],
] as const;
const KELURAHAN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;

/** A screen: its URL, and optionally what to do on it before checking (e.g. submit empty). */
type Screen = { path: string; then?: (page: Page) => Promise<void> };

let app: App;

beforeAll(async () => {
  app = await startApp({ env: { SEED: 'demo', DEMO_SIZE: 'small' }, timeoutMs: 180_000 });
  await demoDataReady(app, 540_000);
}, 600_000);
afterAll(async () => {
  await app?.stop();
});

/** Waits until the screen has drawn its data: no request in flight, no "Memuat…" left. */
async function settled(page: Page) {
  await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined); // a screen may keep a small spinner; axe still checks the rest
  await page.waitForTimeout(300);
}

const submitEmpty = async (page: Page) => {
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.locator('.field-error').first().waitFor();
};

/**
 * Enrolls the role's demo account, then visits each screen at both sizes; one failure lists
 * every finding of every screen (rule, element, message).
 */
async function walk(code: string, screens: (page: Page) => Promise<Screen[]>) {
  const session = await launchBrowser({}, { args: NO_OUTSIDE });
  try {
    const { page, context } = session;
    page.setDefaultTimeout(60_000);
    await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await enrollPage(page, app.url, { code, name: 'Pemeriksa Aksesibilitas' });
    await settled(page);
    const list = await screens(page);
    const report: string[] = [];
    for (const [sizeName, size] of SIZES) {
      await page.setViewportSize(size);
      for (const screen of list) {
        await page.goto(`${app.url}${screen.path}`);
        await settled(page);
        await screen.then?.(page);
        const findings = await axeFindings(page);
        const name = `${screen.path}${screen.then ? ' (after Simpan)' : ''} @${sizeName}`;
        if (findings.length > 0) report.push(describeFindings(name, findings));
      }
    }
    expect(report.join('\n'), 'serious or critical axe findings').toBe('');
  } finally {
    await session.close();
  }
}

/** The first household of the phone's list, and the first resident of that household. */
async function householdAndResident(page: Page) {
  await page.goto(`${app.url}/`);
  // The area's first download done: the top bar tells the last sync's time.
  await page
    .locator('.topbar-status')
    .getByText(/^Sinkron \d{2}\.\d{2}$/)
    .waitFor({ timeout: 120_000 });
  const href = await page
    .locator('a[href^="/rumah/"]:not([href="/rumah/baru"])')
    .first()
    .getAttribute('href');
  await page.goto(`${app.url}${href}`);
  const resident = await page.locator('a[href^="/warga/"]').first().getAttribute('href');
  return { household: href!, resident: resident! };
}

describe('axe-core: 0 serious, 0 critical on every screen', { timeout: 600_000 }, () => {
  it('relawan', async () => {
    await walk('DEMO-RLWN', async (page) => {
      const { household, resident } = await householdAndResident(page);
      return [
        { path: '/' },
        { path: '/?lingkup=rw' },
        { path: '/ringkasan' },
        { path: '/tindak-lanjut' },
        { path: '/wilayah' },
        { path: '/data' },
        { path: '/rumah/baru' },
        { path: '/rumah/baru', then: submitEmpty },
        { path: household },
        { path: `${household}/ubah` },
        { path: `${household}/kunjungan` },
        { path: `${household}/warga/baru` },
        { path: `${household}/warga/baru`, then: submitEmpty },
        { path: resident },
        { path: '/peta/rumah-saya' },
      ];
    });
  });

  it('ketua RW', async () => {
    await walk('DEMO-KRW1', async (page) => {
      const { household } = await householdAndResident(page);
      return [
        { path: '/' },
        { path: '/ringkasan' },
        { path: '/dasbor' },
        { path: '/relawan' },
        { path: '/relawan/undang' },
        { path: '/tindak-lanjut/atur' },
        { path: `${household}/riwayat` },
        { path: `/peta/${KELURAHAN}/rw/1` },
        { path: `/isoman/${KELURAHAN}?rw=1` },
        { path: `/perubahan/${KELURAHAN}?rw=1` },
        { path: '/data' },
      ];
    });
  });

  it('lurah', async () => {
    await walk('DEMO-LURH', async () => [
      { path: '/' },
      { path: `/dasbor/${KELURAHAN}` },
      { path: `/dasbor/${KELURAHAN}/rw/1` },
      { path: `/peta/${KELURAHAN}` },
      { path: `/isoman/${KELURAHAN}` },
      { path: `/perubahan/${KELURAHAN}` },
      { path: '/laporan' },
      { path: '/laporan/kiriman' },
      { path: '/relawan' },
      { path: '/relawan/undang' },
      { path: '/tindak-lanjut/atur' },
      { path: '/data' },
    ]);
  });

  it('admin kota', async () => {
    await walk('DEMO-ADMN', async () => [
      { path: '/' },
      { path: '/dasbor' },
      { path: `/dasbor/${KELURAHAN}` },
      { path: '/peta' },
      { path: '/isoman' },
      { path: '/laporan' },
      { path: '/laporan/kiriman' },
      { path: '/relawan' },
      { path: '/relawan/undang' },
      { path: '/data' },
    ]);
  });
});
