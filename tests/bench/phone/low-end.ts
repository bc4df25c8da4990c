// The volunteer's and the lurah's day on a low-end phone (conditions.ts: CPU 4× slower, ≈ 1.6
// Mbit/s, 150 ms), in the built PWA in Debian's Chromium against the real server with the
// demo data. Each run starts two fresh browsers (fresh on-disk profiles) and measures:
//   ketua RW's phone (RW 1 of the demo kelurahan):
//     1. invitation link → enrollment form interactive (goal ≤ 3 s), and its bytes;
//     2. first sync of the RW: first pull request → last page committed (goal ≤ 8 s), bytes;
//     3. RT list: open the app → rows with their badges drawn (goal ≤ 300 ms), CPU only, as
//        the service worker serves the app from its cache (see emulateNetwork);
//     4. saving a resident: tap "Simpan warga" → the household page shows them (≤ 100 ms);
//     5. offline open: reload without network → the list usable (goal ≤ 1 s);
//   lurah's laptop-less phone: 6. kelurahan dashboard (≤ 2 s) and 7. household map (≤ 3 s),
//     from navigation start to the table / the first household cluster drawn.
// Prints each run and the medians.
// Run: npx tsx tests/bench/phone/low-end.ts   (STATIC_DIR=<built PWA> skips the build, RUNS=3,
//      LURAH_ONLY=1 measures the lurah's dashboard and map alone, DEMO_DATA_DIR=<seeded DATA_DIR>)
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { call, demoDataReady, enrollPage } from '../../e2e/harness-auth';
import {
  countIndexedDb,
  launchBrowser,
  readIndexedDb,
  setOffline,
  startApp,
  waitForServiceWorker,
} from '../../e2e/harness';
import { emulateNetwork, emulatePhone, kb } from './conditions';

const RUNS = Number(process.env.RUNS ?? 3);
const LURAH_ONLY = process.env.LURAH_ONLY === '1';
const ROOT = resolve(import.meta.dirname, '../../..');
/** No tiles or anything else from outside: the phone's figures are the app's own. */
const LOCAL_ONLY = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

let staticDir = process.env.STATIC_DIR;
const ownBuild = !staticDir;
if (!staticDir) {
  staticDir = join(tmpdir(), `pintu-bench-phone-${process.pid}`);
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: staticDir, emptyOutDir: true },
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Waits for `ready`, which runs in the page every frame and returns `performance.now()` once
 * the screen is ready (a function, not a string: the app's CSP forbids eval; no named
 * functions inside it, as tsx would wrap them with a helper the page lacks).
 */
async function readyAt(page: Page, ready: () => number | false, timeout = 120_000) {
  const handle = await page.waitForFunction(ready, null, { polling: 'raf', timeout });
  return (await handle.jsonValue()) as number;
}

const ENROLL_FORM_READY = () =>
  [...document.querySelectorAll('button')].some(
    (b) => b.textContent?.trim() === 'Daftar' && !b.disabled,
  ) &&
  document.querySelector('input') !== null &&
  performance.now();
const LIST_READY = () => {
  const search = document.querySelector<HTMLInputElement>('#cari');
  const rows = document.querySelector('.hh-row .badges:not(.badges-pending)');
  return rows !== null && search !== null && !search.disabled && performance.now();
};
const DASHBOARD_READY = () =>
  document.querySelector('table.coverage-table tbody tr, .rw-card') !== null &&
  (document.querySelector('.answer-status')?.textContent?.startsWith('Data per') ?? false) &&
  performance.now();
const MAP_READY = () =>
  document.querySelector('.household-cluster, .household-dot') !== null && performance.now();

type Run = Record<string, number>;
const runs: Run[] = [];

// DEMO_DATA_DIR: a copy of a server's DATA_DIR already seeded with the demo data (the seed
// takes 6–25 minutes on a loaded machine); the server then starts without seeding, on it.
const demoDir = process.env.DEMO_DATA_DIR;
const app = await startApp({
  staticDir,
  env: demoDir ? { SEED: 'none', DATA_DIR: demoDir } : { SEED: 'demo' },
  timeoutMs: 900_000,
});
try {
  if (!demoDir) await demoDataReady(app, 900_000);
  for (let i = 0; i < RUNS; i++) {
    const run = { ...(LURAH_ONLY ? {} : await volunteerPhone()), ...(await lurahPhone()) };
    runs.push(run);
    console.log(`run ${i + 1}: ${JSON.stringify(run)}`);
  }
  report();
} finally {
  await app.stop();
  if (ownBuild) await rm(staticDir, { recursive: true, force: true });
}

async function volunteerPhone(): Promise<Run> {
  const session = await launchBrowser({}, { persistent: true, args: LOCAL_ONLY });
  try {
    const { page, context } = session;
    page.setDefaultTimeout(120_000);
    const phone = await emulatePhone(context, page);

    await page.goto(`${app.url}/daftar?kode=DEMO-KRW1`, { waitUntil: 'commit' });
    const enrollForm = await readyAt(page, ENROLL_FORM_READY);
    const enrollBytes = phone.wire.bytes();

    phone.wire.reset();
    await enrollPage(page, app.url, { code: 'DEMO-KRW1', name: 'Ketua RW Uji' });
    const isPull = (url: string) => url.includes('/api/sync/pull');
    const syncedAt = await lastSuccessAt(page);
    const pullStart = phone.wire.firstRequestAt(isPull);
    if (pullStart === null) throw new Error('no pull request seen');
    const counts = await countIndexedDb(page);
    const sync = {
      firstSyncMs: syncedAt - pullStart,
      firstSyncBytes: phone.wire.bytes(isPull),
      households: counts.households ?? 0,
      residents: counts.residents ?? 0,
    };

    await waitForServiceWorker(page, 180_000);
    await emulateNetwork(phone, false); // the list and the form come from the precache
    const list: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(app.url, { waitUntil: 'commit' });
      list.push(await readyAt(page, LIST_READY));
    }
    const saveMs = await saveResident(page);

    await setOffline(context, true);
    const offline: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(app.url, { waitUntil: 'commit' });
      offline.push(await readyAt(page, LIST_READY));
    }
    return {
      enrollFormMs: enrollForm,
      enrollBytes,
      ...sync,
      rtListMs: median(list),
      saveResidentMs: saveMs,
      offlineOpenMs: median(offline),
    };
  } finally {
    await session.close();
  }
}

/** The sync state's `lastSuccessAt` (ms since epoch) once the first sync has finished. */
async function lastSuccessAt(page: Page): Promise<number> {
  for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
    const meta = await readIndexedDb<{ key: string; value: { lastSuccessAt?: number | null } }>(
      page,
      'meta',
    ).catch(() => []);
    const at = meta.find((row) => row.key === 'sync')?.value.lastSuccessAt;
    if (at) return at;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the first sync did not finish in 5 minutes');
}

/** Opens the first household, fills a new resident, and times the tap on "Simpan warga". */
async function saveResident(page: Page): Promise<number> {
  await page.locator('a.hh-row').first().click();
  await page.getByRole('link', { name: '+ Tambah warga' }).click();
  await page.getByRole('heading', { name: 'Tambah warga' }).waitFor();
  const name = `Warga Uji ${Date.now() % 100_000}`;
  await page.getByLabel('Nama lengkap').fill(name);
  await page.getByLabel('Tanggal lahir tidak diketahui, isi umur saja').check();
  await page.getByLabel('Umur (tahun)').fill('30');
  await page.getByLabel('Laki-laki').check();
  await page.getByLabel('Hubungan dalam keluarga').selectOption('lainnya');
  return page.evaluate(async (who) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Simpan warga',
    )!;
    const start = performance.now();
    button.click();
    for (;;) {
      await new Promise(requestAnimationFrame);
      const onPage = !document.querySelector('h1, h2')?.textContent?.includes('Tambah warga');
      if (onPage && document.body.textContent?.includes(who)) return performance.now() - start;
    }
  }, name);
}

async function lurahPhone(): Promise<Run> {
  const session = await launchBrowser({}, { persistent: true, args: LOCAL_ONLY });
  try {
    const { page, context } = session;
    page.setDefaultTimeout(120_000);
    await enrollPage(page, app.url, { code: 'DEMO-LURH', name: 'Lurah Uji' });
    await waitForServiceWorker(page, 180_000);
    const meta = await readIndexedDb<{ key: string; value: { token: string } }>(page, 'meta');
    const token = meta.find((row) => row.key === 'auth')!.value.token;
    const me = await call<{ user: { area: { kelurahanCode: string } } }>(
      app.url,
      '/api/auth/me',
      token,
    );
    const code = me.user.area.kelurahanCode;
    const phone = await emulatePhone(context, page);
    await page.goto(`${app.url}/dasbor/${code}`, { waitUntil: 'commit' });
    const dashboardMs = await readyAt(page, DASHBOARD_READY);
    const dashboardBytes = phone.wire.bytes();
    phone.wire.reset();
    await page.goto(`${app.url}/peta/${code}`, { waitUntil: 'commit' });
    const mapMs = await readyAt(page, MAP_READY);
    return { dashboardMs, dashboardBytes, mapMs, mapBytes: phone.wire.bytes() };
  } finally {
    await session.close();
  }
}

function report(): void {
  const m = (key: string) => median(runs.map((r) => r[key]!));
  const ms = (key: string) => `${m(key).toFixed(0)} ms`;
  console.log(`\nLow-end phone (CPU 4×, 1.6 Mbit/s, 150 ms), medians of ${runs.length} runs:`);
  if (!LURAH_ONLY) volunteerReport(m, ms);
  console.log(
    `  lurah's kelurahan dashboard:        ${ms('dashboardMs')} (≤ 2000), ${kb(m('dashboardBytes'))}`,
  );
  console.log(
    `  lurah's household map:              ${ms('mapMs')} (≤ 3000), ${kb(m('mapBytes'))}`,
  );
}

function volunteerReport(m: (key: string) => number, ms: (key: string) => string): void {
  console.log(
    `  invitation link → enrollment form:  ${ms('enrollFormMs')} (≤ 3000), ${kb(m('enrollBytes'))}`,
  );
  console.log(
    `  first sync of RW 1 (${m('households')} households, ${m('residents')} residents): ` +
      `${ms('firstSyncMs')} (≤ 8000), ${kb(m('firstSyncBytes'))}`,
  );
  console.log(`  RT list, open → rows with badges:   ${ms('rtListMs')} (≤ 300)`);
  console.log(`  saving a resident:                  ${ms('saveResidentMs')} (≤ 100)`);
  console.log(`  offline open → list usable:         ${ms('offlineOpenMs')} (≤ 1000)`);
}
