// Where the low-end phone's time goes when it opens the RT list and saves a resident: the
// same phone as rt-list.ts (one RW from the demo generator in IndexedDB, a ketua RW signed
// in), CPU slowed 4× (conditions.ts), with Chromium's sampling CPU profiler on. Prints the
// open's and the save's times and the functions and files with the most self time.
// Each open also prints the page's navigation and paint times and any `performance.mark` the
// build sets. The last open's and save's profiles are written to /tmp/profile-*.cpuprofile
// (open them in Chromium's DevTools, Performance panel). NOPROFILE=1: times only.
// Run: STATIC_DIR=<built PWA> npx tsx tests/bench/phone/profile-list.ts   (RUNS=3, TOP=25)
import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import { withHouseholdWords, withResidentWords } from '@client/db/search-words';
import { DEMO_KELURAHAN, generateRw } from '@shared/demo';
import {
  launchBrowser,
  startApp,
  unlockPage,
  waitForDatabase,
  waitForServiceWorker,
  writeIndexedDb,
  writeSignedIn,
} from '../../e2e/harness';
import { emulatePhone } from './conditions';

const RUNS = Number(process.env.RUNS ?? 3);
const TOP = Number(process.env.TOP ?? 25);
const staticDir = process.env.STATIC_DIR;
if (!staticDir) throw new Error('STATIC_DIR=<built PWA> is needed');

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const LIST_READY = () => {
  const search = document.querySelector<HTMLInputElement>('#cari');
  const rows = document.querySelector('.hh-row .badges:not(.badges-pending)');
  return rows !== null && search !== null && !search.disabled && performance.now();
};

async function profiled<T>(cdp: CDPSession, what: () => Promise<T>): Promise<[T, Profile]> {
  if (process.env.NOPROFILE) return [await what(), { nodes: [], samples: [], timeDeltas: [] }];
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {
    interval: Number(process.env.SAMPLE_US ?? 500),
  });
  await cdp.send('Profiler.start');
  const result = await what();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return [result, profile];
}

function selfTimes(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const short = url.split('/').pop() || '(native)';
    const k = `${functionName || '(anon)'} ${short}:${lineNumber + 1}:${columnNumber + 1}`;
    fn.set(k, (fn.get(k) ?? 0) + dt);
    file.set(short, (file.get(short) ?? 0) + dt);
  });
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  return { fn: top(fn), file: top(file) };
}

let who = '';
const app = await startApp({ staticDir });
const session = await launchBrowser({ bypassCSP: true }, { persistent: true });
try {
  const { page, context } = session;
  page.setDefaultTimeout(120_000);
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await waitForDatabase(page, 'households');
  const rw = generateRw({ kelurahanCode: DEMO_KELURAHAN[0], today: '2022-06-01' });
  await writeIndexedDb(page, 'households', rw.households.map(withHouseholdWords));
  await writeIndexedDb(page, 'residents', rw.residents.map(withResidentWords));
  await writeIndexedDb(page, 'doses', rw.doses);
  await writeIndexedDb(page, 'isoman', rw.isoman);
  await writeIndexedDb(page, 'visits', rw.visits);
  await writeIndexedDb(page, 'meta', [
    { key: 'area', value: { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rt: 1 } },
    // Synced before, as the phone of low-end.ts is when it opens the list.
    { key: 'sync', value: { scope: null, cursor: null, area: null, lastSuccessAt: Date.now() } },
  ]);
  await writeSignedIn(page, {
    role: 'ketua-rw',
    area: { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rts: [] },
    iterations: 1_000,
  });
  await page.goto(app.url);
  await unlockPage(page);
  const phone = await emulatePhone(context, page, { network: false });
  const opens: number[] = [];
  let last: Profile | null = null;
  for (let i = 0; i <= RUNS; i++) {
    const [ms, profile] = await profiled(phone.cdp, async () => {
      await page.goto(app.url, { waitUntil: 'commit' });
      const h = await page.waitForFunction(LIST_READY, null, { polling: 'raf' });
      return (await h.jsonValue()) as number;
    });
    if (i > 0) opens.push(ms);
    last = profile;
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance
        .getEntriesByType('paint')
        .map((p) => [p.name, p.startTime] as const);
      const seen = new Set<string>();
      const m = performance
        .getEntriesByType('mark')
        .filter((e) => !seen.has(e.name) && seen.add(e.name))
        .map((e) => [e.name, e.startTime] as const);
      return [
        ['responseEnd', nav.responseEnd] as const,
        ['domInteractive', nav.domInteractive] as const,
        ...paint,
        ...m,
      ]
        .sort((a, b) => a[1] - b[1])
        .map(([n, t]) => `${n} ${t.toFixed(0)}`)
        .join(', ');
    });
    console.log(`open ${i}: ${ms.toFixed(0)} ms; ${marks}`);
  }
  console.log(
    `RT list open → rows with badges, CPU 4×: ${opens.map((x) => x.toFixed(0)).join(', ')} ms`,
  );
  await writeFile('/tmp/profile-list.cpuprofile', JSON.stringify(last));
  const open = selfTimes(last!);
  console.log('Open, self time by function:\n' + open.fn.join('\n'));
  console.log('Open, self time by file:\n' + open.file.join('\n'));

  const saves: number[] = [];
  let saveProfile: Profile | null = null;
  for (let i = 0; i < RUNS; i++) {
    await page.goto(app.url, { waitUntil: 'commit' });
    await page.waitForFunction(LIST_READY, null, { polling: 'raf' });
    await fillResident(page);
    const [ms, profile] = await profiled(phone.cdp, () => tapSave(page));
    saves.push(ms);
    saveProfile = profile;
  }
  console.log(`Save a resident, CPU 4×: ${saves.map((x) => x.toFixed(0)).join(', ')} ms`);
  await writeFile('/tmp/profile-save.cpuprofile', JSON.stringify(saveProfile));
  const save = selfTimes(saveProfile!);
  console.log('Save, self time by function:\n' + save.fn.join('\n'));
  console.log('Save, self time by file:\n' + save.file.join('\n'));
} finally {
  await session.close();
  await app.stop();
}

async function fillResident(page: Page) {
  await page.locator('a.hh-row').first().click();
  await page.getByRole('link', { name: '+ Tambah warga' }).click();
  await page.getByRole('heading', { name: 'Tambah warga' }).waitFor();
  who = `Warga Uji ${Date.now() % 100_000}`;
  await page.getByLabel('Nama lengkap').fill(who);
  await page.getByLabel('Tanggal lahir tidak diketahui, isi umur saja').check();
  await page.getByLabel('Umur (tahun)').fill('30');
  await page.getByLabel('Laki-laki').check();
  await page.getByLabel('Hubungan dalam keluarga').selectOption('lainnya');
}

function tapSave(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Simpan warga',
    )!;
    const start = performance.now();
    button.click();
    for (;;) {
      await new Promise(requestAnimationFrame);
      const onPage = !document.querySelector('h1, h2')?.textContent?.includes('Tambah warga');
      if (onPage && document.body.textContent?.includes(name)) return performance.now() - start;
    }
  }, who);
}
