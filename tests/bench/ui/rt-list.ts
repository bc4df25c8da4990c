// The household list with one RW on the phone (about 700 households, 2,500 residents, their
// doses, isoman and visits, from the demo generator), in the real app in Chromium with the
// service worker installed. Times, median of 5 each (goal for the RT list ≤ 200 ms):
//   1. open the app on the home route, from navigation start to the frame after the first rows
//      are in the DOM, and after the rows are complete (badges from residents, doses, visits),
//      for one RT (~100 households) and the whole RW (~700);
//   2. route change to the list: tap "Rumah" in the menu on another screen opened first (the
//      list is read afresh), and back from a household page (the list read before is shown);
//   3. search in the RW list (type a name → the filtered rows drawn).
// It also prints how many rows are in the DOM (virtualized: a screenful, not 700).
// With COMPARE=<another built PWA>, a second phone runs that build beside this one (own server,
// own browser) and the opens of (1) alternate between the two, A B B A …: two builds compared
// at the same moments of this shared machine.
// Run: npx tsx tests/bench/ui/rt-list.ts   (STATIC_DIR=<built PWA> to skip the build, RUNS=5)
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { withHouseholdWords, withResidentWords } from '@client/db/search-words';
import { DEMO_KELURAHAN, generateRw } from '@shared/demo';
import {
  countIndexedDb,
  launchBrowser,
  startApp,
  waitForDatabase,
  waitForServiceWorker,
  writeIndexedDb,
  unlockPage,
  writeSignedIn,
} from '../../e2e/harness';

const RUNS = Number(process.env.RUNS ?? 5);
const ROOT = resolve(import.meta.dirname, '../../..');

let staticDir = process.env.STATIC_DIR;
const ownBuild = !staticDir;
if (!staticDir) {
  staticDir = join(tmpdir(), `pintu-bench-ui-${process.pid}`);
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: staticDir, emptyOutDir: true },
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

/**
 * Records, from navigation start, when the first list row enters the DOM, when the rows are
 * complete (badges derived from residents, doses and visits), and the frame after each.
 */
const ROW_WATCH = `
  const marks = (window.__marks = {});
  const observer = new MutationObserver(() => {
    if (!marks.rows && document.querySelector('.hh-row')) {
      marks.rows = performance.now();
      requestAnimationFrame(() => { marks.rowsDrawn = performance.now(); });
    }
    if (!marks.complete && document.querySelector('.hh-row .badges:not(.badges-pending)')) {
      marks.complete = performance.now();
      requestAnimationFrame(() => { marks.completeDrawn = performance.now(); });
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
`;

type Marks = { rows: number; rowsDrawn: number; complete: number; completeDrawn: number };

async function openList(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction('window.__marks && window.__marks.completeDrawn');
  return page.evaluate<Marks & { inDom: number }>(
    `({ ...window.__marks, inDom: document.querySelectorAll('.hh-row').length })`,
  );
}

/**
 * In the page (as a string: the bundler must not rewrite it): do something, wait until the
 * list shows its result, one more frame; the time from before the action.
 */
function timeInPage(page: Page, action: 'menu' | 'back' | 'search'): Promise<number> {
  return page.evaluate(`(async () => {
    const until = (done) => new Promise((resolve) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    const action = ${JSON.stringify(action)};
    if (action === 'menu' || action === 'back') {
      if (action === 'menu') document.querySelector('.bottom-nav a[href="/"]').click();
      else history.back();
      await until(() => document.querySelector('.hh-row .badges:not(.badges-pending)') !== null);
    } else {
      const input = document.querySelector('#cari');
      const before = document.querySelector('.list-summary').textContent;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setValue.call(input, 'siti');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => document.querySelector('.list-summary').textContent !== before);
    }
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  })()`);
}

/**
 * A phone with one RW on it, running the PWA built in `dir`: its own server and browser, a
 * ketua RW of RW 1 signed in (the RW view needs the whole RW) and unlocked once, so reloads of
 * the same tab soon after use open straight on the list, as on the phone between houses.
 */
async function setUpPhone(dir: string) {
  const app = await startApp({ staticDir: dir });
  // The page's own string predicates need eval, which the server's CSP forbids to the app.
  // A fresh on-disk profile, as an installed PWA has (BENCH_PROFILE=incognito: IndexedDB in memory).
  const session = await launchBrowser(
    { bypassCSP: true },
    { persistent: process.env.BENCH_PROFILE !== 'incognito' },
  );
  const { page } = session;
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
  ]);
  await writeSignedIn(page, {
    role: 'ketua-rw',
    area: { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rts: [] },
    iterations: 1_000,
  });
  await page.goto(app.url);
  await unlockPage(page);
  await page.addInitScript(ROW_WATCH);
  return {
    app,
    page,
    close: async () => {
      await session.close();
      await app.stop();
    },
  };
}

const phone = await setUpPhone(staticDir);
const other = process.env.COMPARE ? await setUpPhone(process.env.COMPARE) : null;
try {
  const { app, page } = phone;
  const counts = await countIndexedDb(page);
  console.log(
    `Device data: ${counts.households} households, ${counts.residents} residents, ` +
      `${counts.doses} doses, ${counts.isoman} isoman, ${counts.visits} visits; area RW 1 RT 1`,
  );

  // Reference in the same run: the bare IndexedDB reads the list needs (getAll on the
  // compound index of the five stores), no Dexie, no React. On this shared machine the
  // absolute times swing with the load; the difference to this is what the app adds.
  const raw: Record<string, number[]> = { rt: [], rw: [] };
  for (let i = 0; i <= RUNS; i++) {
    const t = await page.evaluate<{ rt: number; rw: number }>(`(async () => {
      const db = await new Promise((ok) => { const o = indexedDB.open('pintu'); o.onsuccess = () => ok(o.result); });
      const kel = ${JSON.stringify(DEMO_KELURAHAN[0])};
      const read = (range) => Promise.all(['households', 'residents', 'doses', 'isoman', 'visits'].map((s) =>
        new Promise((ok) => { const r = db.transaction(s).objectStore(s).index('[kelurahanCode+rw+rt]').getAll(range); r.onsuccess = () => ok(r.result.length); })));
      let t0 = performance.now();
      await read(IDBKeyRange.only([kel, 1, 1]));
      const rt = performance.now() - t0;
      t0 = performance.now();
      await read(IDBKeyRange.bound([kel, 1, -Infinity], [kel, 1, []]));
      const rw = performance.now() - t0;
      db.close();
      return { rt, rw };
    })()`);
    if (i > 0) {
      raw.rt!.push(t.rt);
      raw.rw!.push(t.rw);
    }
  }
  console.log(`Reference, raw IndexedDB reads of one RT (5 stores): ${fmt(raw.rt!)}`);
  console.log(`Reference, raw IndexedDB reads of the RW (5 stores): ${fmt(raw.rw!)}`);

  const phones = other ? [phone, other] : [phone];
  for (const [label, path] of [
    ['RT list (1 RT)', '/'],
    ['RW list (all RTs)', '/?lingkup=rw'],
  ] as const) {
    for (const p of phones) await openList(p.page, p.app.url + path); // warm-up: caches, JIT
    const runs = phones.map(() => [] as (Marks & { inDom: number })[]);
    for (let i = 0; i < RUNS; i++) {
      // A B, then B A: neither build always goes first.
      const order = i % 2 ? [...phones.keys()].reverse() : [...phones.keys()];
      for (const k of order)
        runs[k]!.push(await openList(phones[k]!.page, phones[k]!.app.url + path));
    }
    runs.forEach((own, k) => {
      const name = k === 0 ? label : `${label}, COMPARE build`;
      const pick = (key: keyof Marks) => own.map((r) => r[key]);
      console.log(`${name}: open the app → first rows drawn: ${fmt(pick('rowsDrawn'))}`);
      console.log(`${name}: open the app → rows with badges drawn: ${fmt(pick('completeDrawn'))}`);
      console.log(`${name}: ${own[0]!.inDom} rows in the DOM (virtualized)`);
    });
  }

  const menu: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    await page.goto(`${app.url}/ringkasan`);
    await page.getByRole('heading', { name: 'Ringkasan wilayah' }).waitFor();
    await page.locator('.coverage').first().waitFor();
    const t = await timeInPage(page, 'menu');
    if (i > 0) menu.push(t); // the first one is a warm-up
  }
  console.log(
    `Route change (Ringkasan → Rumah in the menu) → RT rows with badges drawn: ${fmt(menu)}`,
  );

  const back: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    await openList(page, `${app.url}/?lingkup=rw`);
    await page.mouse.wheel(0, 3000);
    await page.locator('.hh-row').nth(3).click();
    await page.getByRole('link', { name: 'Catat kunjungan' }).waitFor();
    const t = await timeInPage(page, 'back');
    if (i > 0) back.push(t);
  }
  console.log(`Back from a household page to the RW list → rows with badges drawn: ${fmt(back)}`);

  const search: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    await openList(page, `${app.url}/?lingkup=rw`);
    const t = await timeInPage(page, 'search');
    if (i > 0) search.push(t);
  }
  const found = await page.locator('.list-summary span').innerText();
  console.log(`Search "siti" in the RW list → filtered rows drawn: ${fmt(search)} (${found})`);
} finally {
  await phone.close();
  await other?.close();
  if (ownBuild) await rm(staticDir, { recursive: true, force: true });
}
