// A new version arrives as a new service worker that waits. The app asks before switching,
// keeps every IndexedDB record across the switch, and never reloads over an unsaved form.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KELURAHAN } from '@shared/wilayah/wilayah';
import {
  dumpIndexedDb,
  launchBrowser,
  startApp,
  unlockPage,
  waitForDatabase,
  waitForServiceWorker,
  writeIndexedDb,
  writeSignedIn,
  type App,
  type BrowserSession,
} from './harness';

let app: App;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

/**
 * Deploys a new version into the served folder: index.html gets a version marker and sw.js
 * the matching precache revision, as a real build with a changed page would.
 */
async function deployVersion(version: string): Promise<void> {
  const indexPath = join(app.staticDir, 'index.html');
  const html = (await readFile(indexPath, 'utf8')).replace(
    /(<meta name="pintu-e2e-version"[^>]*>)?<\/head>/,
    `<meta name="pintu-e2e-version" content="${version}"></head>`,
  );
  await writeText(indexPath, html);
  const revision = createHash('md5').update(html).digest('hex');
  const swPath = join(app.staticDir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const entry = /\{"revision":"[0-9a-f]+","url":"index\.html"\}/;
  expect(sw, 'the precache manifest in sw.js lists index.html').toMatch(entry);
  await writeText(swPath, sw.replace(entry, `{"revision":"${revision}","url":"index.html"}`));
}

/** A file and its .br and .gz beside it, as the build writes them (the server prefers those). */
async function writeText(path: string, text: string): Promise<void> {
  await writeFile(path, text);
  await writeFile(`${path}.br`, brotliCompressSync(text));
  await writeFile(`${path}.gz`, gzipSync(text));
}

const versionOf = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[name="pintu-e2e-version"]')?.getAttribute('content') ?? null,
  );

/** Asks the browser to look for a new worker now (it also does so by itself, later). */
const checkForUpdate = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

const banner = (page: Page) => page.getByRole('region', { name: 'Pembaruan aplikasi' });

/** A few records of every kind, in an area the app does not sync, plus the working area. */
function seedRecords() {
  const kelurahan = KELURAHAN[KELURAHAN.length - 1]!.code;
  const area = { kelurahanCode: kelurahan, rw: 7, rt: 3 };
  const households = [1, 2, 3].map((n) => ({
    id: `0190e2e0-0000-7000-8000-00000000000${n}`,
    kelurahanCode: kelurahan,
    rw: 99,
    rt: 99,
    street: `Jl. Uji Pembaruan ${n}`,
    headName: `Kepala ${n}`,
    searchWords: ['jl', 'uji', 'pembaruan'],
    hlc: {},
  }));
  const residents = households.map((h, n) => ({
    id: `0190e2e0-0000-7000-8000-0000000001${n}0`,
    householdId: h.id,
    kelurahanCode: kelurahan,
    rw: 99,
    rt: 99,
    name: `Warga ${n}`,
    nameWords: ['warga'],
    hlc: {},
  }));
  return {
    households,
    residents,
    meta: [
      { key: 'area', value: area },
      { key: 'e2e-marker', value: { written: 'before the update' } },
    ],
  };
}

describe('update to a new version', () => {
  it('shows "Versi baru tersedia"; "Perbarui" reloads into the new version, all data kept', async () => {
    const { page } = session;
    await page.goto(app.url);
    await waitForServiceWorker(page);
    await waitForDatabase(page, 'households');
    for (const [store, records] of Object.entries(seedRecords())) {
      await writeIndexedDb(page, store, records);
    }
    await page.reload();
    const before = await dumpIndexedDb(page);
    expect(before.households?.length).toBeGreaterThanOrEqual(3);

    await deployVersion('v2');
    await checkForUpdate(page);
    await banner(page).getByText('Versi baru tersedia').waitFor({ timeout: 20_000 });
    expect(await versionOf(page)).toBeNull(); // nothing switched by itself

    const reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await banner(page).getByRole('button', { name: 'Perbarui' }).click();
    await reloaded;
    expect(await versionOf(page)).toBe('v2');
    expect(await banner(page).count()).toBe(0);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting !== null,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    expect(state).toEqual({ waiting: false, controlled: true });

    // Every record that was there before is still there, unchanged. In `meta` the sync
    // engine may move its cursor meanwhile, so there the seeded entries and the device's
    // identity are compared.
    const after = await dumpIndexedDb(page);
    for (const [store, records] of Object.entries(before)) {
      if (store === 'meta') continue;
      expect(after[store], store).toEqual(expect.arrayContaining(records));
    }
    const meta = (dump: typeof before, key: string) =>
      (dump.meta as { key: string; value: unknown }[]).find((m) => m.key === key)?.value;
    for (const key of ['area', 'e2e-marker'])
      expect(meta(after, key), key).toEqual(meta(before, key));
    const deviceId = (dump: typeof before) =>
      (meta(dump, 'device') as { deviceId?: string })?.deviceId;
    expect(deviceId(after)).toBe(deviceId(before));
  });

  it('does not reload over an unsaved form; goes on once the form is clean', async () => {
    const { page } = session;
    // Forms are behind sign-in: a volunteer of the seeded working area, unlocked once.
    const area = seedRecords().meta[0]!.value as { kelurahanCode: string; rw: number; rt: number };
    await writeSignedIn(page, {
      area: { kelurahanCode: area.kelurahanCode, rw: area.rw, rts: [area.rt] },
      iterations: 1_000,
    });
    await page.reload();
    await unlockPage(page);
    await page.goto(`${app.url}/rumah/baru`);
    // The first empty text field of the form: typing in it makes the form dirty.
    const field = page.locator('main input[data-e2e-field]');
    await page.waitForFunction(() => {
      const input = [...document.querySelectorAll<HTMLInputElement>('main input')].find(
        (i) => ['text', 'search', ''].includes(i.getAttribute('type') ?? '') && i.value === '',
      );
      input?.setAttribute('data-e2e-field', '');
      return input !== undefined;
    });
    await field.fill('Budi Santoso');

    await deployVersion('v3');
    await checkForUpdate(page);
    await banner(page).getByRole('button', { name: 'Perbarui' }).click({ timeout: 20_000 });
    await banner(page).getByText('Simpan dulu formulir').waitFor();

    // Give a wrong implementation time to reload: it must not.
    await page.evaluate(() => ((window as unknown as { e2eSamePage: boolean }).e2eSamePage = true));
    await page.waitForTimeout(2_000);
    expect(
      await page.evaluate(() => (window as unknown as { e2eSamePage?: boolean }).e2eSamePage),
    ).toBe(true);
    expect(await field.inputValue()).toBe('Budi Santoso');
    expect(await versionOf(page)).toBe('v2');
    const stillWaiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
    );
    expect(stillWaiting).toBe(true);

    // The volunteer takes the edit back: the form is clean, the update goes on by itself.
    const reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await field.fill('');
    await reloaded;
    expect(await versionOf(page)).toBe('v3');
  });

  it('also updates a page opened before any worker existed (the first visit)', async () => {
    // The first worker claims the page it installed from; a later update in that same page
    // must still reload it once accepted.
    const fresh = await launchBrowser();
    try {
      const { page } = fresh;
      await page.goto(app.url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 20_000,
      });
      const version = await versionOf(page);
      await deployVersion('v4');
      await checkForUpdate(page);
      const reloaded = page.waitForEvent('load', { timeout: 20_000 });
      await banner(page).getByRole('button', { name: 'Perbarui' }).click({ timeout: 20_000 });
      await reloaded;
      expect(version).not.toBe('v4');
      expect(await versionOf(page)).toBe('v4');
    } finally {
      await fresh.close();
    }
  });
});
