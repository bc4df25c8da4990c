// Offline reload to interactive: a volunteer's phone with one RW on it (about 700 households,
// 2,500 residents), signed in, the service worker installed, no network. Time, from navigation
// start, until the first screen is usable, median of 5 (goal ≤ 1 s), for two opens:
//   - the app reloaded soon after use (Android discarded it in the background): the home list
//     drawn and its search box enabled;
//   - a new start (a new tab, so the PIN is asked): the PIN pad drawn and its keys enabled.
// Run: npx tsx tests/bench/pwa/offline-reload.ts   (STATIC_DIR=<built PWA> to skip the build)
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { withHouseholdWords, withResidentWords } from '@client/db/search-words';
import { DEMO_KELURAHAN, generateRw } from '@shared/demo';
import {
  countIndexedDb,
  launchBrowser,
  setOffline,
  startApp,
  unlockPage,
  waitForDatabase,
  waitForServiceWorker,
  writeIndexedDb,
  writeSignedIn,
} from '../../e2e/harness';
import type { Page } from 'playwright-core';

const RUNS = 5;
const ROOT = resolve(import.meta.dirname, '../../..');

let staticDir = process.env.STATIC_DIR;
const ownBuild = !staticDir;
if (!staticDir) {
  staticDir = join(tmpdir(), `pintu-bench-offline-${process.pid}`);
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: staticDir, emptyOutDir: true },
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const app = await startApp({ staticDir });
// A fresh on-disk profile, as an installed PWA has (BENCH_PROFILE=incognito: IndexedDB in memory).
const session = await launchBrowser({}, { persistent: process.env.BENCH_PROFILE !== 'incognito' });
try {
  const { page, context } = session;
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await waitForDatabase(page, 'households');

  // One RW, as the first sync would leave it on the phone.
  const rw = generateRw({ kelurahanCode: DEMO_KELURAHAN[0], today: '2022-06-01' });
  await writeIndexedDb(page, 'households', rw.households.map(withHouseholdWords));
  await writeIndexedDb(page, 'residents', rw.residents.map(withResidentWords));
  await writeIndexedDb(page, 'doses', rw.doses);
  await writeIndexedDb(page, 'isoman', rw.isoman);
  await writeIndexedDb(page, 'visits', rw.visits);
  const area = { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rt: 1 };
  await writeIndexedDb(page, 'meta', [{ key: 'area', value: area }]);
  const counts = await countIndexedDb(page);
  console.log(
    `Device data: ${counts.households} households, ${counts.residents} residents, ` +
      `${counts.doses} doses, ${counts.visits} visits; area RW 1 RT 1`,
  );

  // A relawan of RT 1, unlocked once in this tab.
  await writeSignedIn(page, {
    area: { kelurahanCode: DEMO_KELURAHAN[0], rw: 1, rts: [1] },
    iterations: 1_000,
  });
  await page.goto(app.url);
  await unlockPage(page);
  await setOffline(context, true);

  const reload = await measureOpens(
    () => page,
    false,
    () => {
      const search = document.querySelector<HTMLInputElement>('#cari');
      const drawn = document.querySelector('.list-summary') !== null;
      return search !== null && !search.disabled && drawn ? performance.now() : false;
    },
  );
  const newStart = await measureOpens(
    () => context.newPage(),
    true,
    () => {
      const heading = [...document.querySelectorAll('h1, h2')].some(
        (h) => h.textContent === 'Masukkan PIN',
      );
      const key = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => b.textContent?.trim() === '1',
      );
      return heading && key !== undefined && !key.disabled ? performance.now() : false;
    },
  );
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  for (const [label, { painted, interactive }] of [
    ['Reload soon after use, the home list', reload],
    ['New start, the PIN screen', newStart],
  ] as const) {
    console.log(`\n${label}`);
    console.log(
      `  first contentful paint (ms): ${fmt(painted)}; median ${median(painted).toFixed(0)}`,
    );
    console.log(
      `  interactive (ms):            ${fmt(interactive)}; median ${median(interactive).toFixed(0)}`,
    );
  }
  console.log(
    `\nOFFLINE RELOAD TO INTERACTIVE median ${median(reload.interactive).toFixed(0)} ms (home list), ` +
      `${median(newStart.interactive).toFixed(0)} ms (PIN screen); goal ≤ 1000 ms`,
  );
} finally {
  await session.close();
  await app.stop();
  if (ownBuild) await rm(staticDir, { recursive: true, force: true });
}

/**
 * Opens the app at `start_url` RUNS times in the page `pageFor` gives (closed after each run
 * when it is a new tab), and reads, inside the
 * page, the first `performance.now()` (from its own navigation start) that `ready` returns; it
 * is checked every frame, and runs in the page (no named functions inside: tsx would wrap them).
 * Each load must come from the service worker.
 */
async function measureOpens(
  pageFor: () => Page | Promise<Page>,
  newTab: boolean,
  ready: () => number | false,
) {
  const interactive: number[] = [];
  const painted: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await pageFor();
    await page.goto(app.url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(ready, null, { polling: 'raf', timeout: 30_000 });
    interactive.push((await handle.jsonValue()) as number);
    const { fcp, fromWorker } = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: paint?.startTime ?? NaN, fromWorker: nav.workerStart > 0 };
    });
    if (!fromWorker) throw new Error('the open was not served by the service worker');
    painted.push(fcp);
    if (newTab) await page.close();
  }
  return { interactive, painted };
}
