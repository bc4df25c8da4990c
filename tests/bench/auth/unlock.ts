// Unlock with an RW's data on the phone (issue 15: ≤ 1 s at CPU 4×). A ketua RW's phone holds
// RW 1 of the demo generator (about 700 households, 2,500 residents, their doses, isoman and
// visits), sealed at rest (src/client/db/at-rest.ts), PIN verifier at the app's iterations.
// Each run opens a new tab (the PIN screen), slows its CPU 4× (DevTools' "low-end mobile",
// CDP Emulation.setCPUThrottlingRate), types five digits, then times from the sixth tap to the
// frame after the RW list's rows are drawn complete (badges from residents, doses and visits,
// all opened with the data key): the PBKDF2, unwrapping the key, the list's reads and their
// opening. Also at normal speed. Median of RUNS (5).
// Run: npx tsx tests/bench/auth/unlock.ts   (STATIC_DIR=<built PWA> to skip the build)
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { PIN_ITERATIONS } from '@client/features/auth/data/pin';
import { withHouseholdWords, withResidentWords } from '@client/db/search-words';
import { DEMO_KELURAHAN, generateRw } from '@shared/demo';
import {
  countIndexedDb,
  dumpRawIndexedDb,
  launchBrowser,
  startApp,
  TEST_PIN,
  typePin,
  unlockPage,
  waitForDatabase,
  waitForServiceWorker,
  writeIndexedDb,
  writeSignedIn,
} from '../../e2e/harness';

const RUNS = Number(process.env.RUNS ?? 5);
const ROOT = resolve(import.meta.dirname, '../../..');
let staticDir = process.env.STATIC_DIR;
const ownBuild = !staticDir;
if (!staticDir) {
  staticDir = join(tmpdir(), `pintu-bench-unlock-${process.pid}`);
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

const app = await startApp({ staticDir, timeoutMs: 240_000 });
const session = await launchBrowser({ bypassCSP: true }, { persistent: true });
try {
  const { page, context } = session;
  await page.goto(app.url);
  await waitForServiceWorker(page);
  await waitForDatabase(page, 'households');
  const kelurahanCode = DEMO_KELURAHAN[0];
  const rw = generateRw({ kelurahanCode, today: '2022-06-01' });
  await writeIndexedDb(page, 'households', rw.households.map(withHouseholdWords));
  await writeIndexedDb(page, 'residents', rw.residents.map(withResidentWords));
  await writeIndexedDb(page, 'doses', rw.doses);
  await writeIndexedDb(page, 'isoman', rw.isoman);
  await writeIndexedDb(page, 'visits', rw.visits);
  await writeIndexedDb(page, 'meta', [{ key: 'area', value: { kelurahanCode, rw: 1, rt: 1 } }]);
  await writeSignedIn(page, {
    role: 'ketua-rw',
    area: { kelurahanCode, rw: 1, rts: [] },
    iterations: PIN_ITERATIONS,
  });
  // The first unlock makes the data key and seals the records written in clear above.
  await page.goto(app.url);
  let t0 = Date.now();
  await unlockPage(page);
  const counts = await countIndexedDb(page);
  const raw = await dumpRawIndexedDb(page, 'pintu', 'residents');
  const sealed = raw.residents!.filter((r) => 'sealed' in (r as object)).length;
  console.log(
    `Phone: ${counts.households} households, ${counts.residents} residents (${sealed} sealed), ` +
      `${counts.doses} doses, ${counts.isoman} isoman, ${counts.visits} visits; ` +
      `PBKDF2 ${PIN_ITERATIONS} iterations. First unlock (makes the key, seals all): ${Date.now() - t0} ms`,
  );

  for (const rate of [1, 4]) {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await tab.goto(`${app.url}/?lingkup=rw`);
      await tab.getByRole('heading', { name: 'Masukkan PIN' }).waitFor();
      await typePin(tab, TEST_PIN.slice(0, 5));
      t0 = Date.now();
      const ms = await tab.evaluate(`(async () => {
        const last = ${JSON.stringify(TEST_PIN.slice(5))};
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === last);
        const done = () => document.querySelector('.hh-row .badges:not(.badges-pending)') !== null;
        const t0 = performance.now();
        button.click();
        await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      })()`);
      if (i > 0) times.push(ms as number); // the first is a warm-up
      await tab.close();
    }
    console.log(`CPU ${rate}×: last PIN digit → RW rows with badges drawn: ${fmt(times)}`);
  }
} finally {
  await session.close();
  await app.stop();
  if (ownBuild) await rm(staticDir, { recursive: true, force: true });
}
