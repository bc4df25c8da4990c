// The lurah's kelurahan dashboard from its saved answer with the network cut, in the real app
// in Chromium with the service worker installed, against the real server with the demo data:
//   1. first route's JavaScript: the entry chunk and its static imports, gzip, and whether
//      Leaflet (or react-leaflet, supercluster) is in it, from the build's own module lists;
//   2. dashboard from cache offline: reload with the network cut, from navigation start to
//      the frame after the table per RW and "Data per …" are drawn (goal ≤ 1 s), median of 5;
//      also the browser's first contentful paint of those reloads.
// Run: npx tsx tests/bench/ui/dashboard-offline.ts   (STATIC_DIR=<built PWA> skips the build,
// and then also part 1)
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { call, demoDataReady } from '../../e2e/harness-auth';
import {
  enrollPage,
  launchBrowser,
  readIndexedDb,
  setOffline,
  startApp,
  waitForServiceWorker,
} from '../../e2e/harness';

const RUNS = 5;
const GOAL_MS = 1000;
const ROOT = resolve(import.meta.dirname, '../../..');
const MAP_LIBRARIES = /node_modules\/(leaflet|react-leaflet|@react-leaflet|supercluster)\//;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

let staticDir = process.env.STATIC_DIR;
const ownBuild = !staticDir;
if (!staticDir) {
  staticDir = join(tmpdir(), `pintu-bench-dashboard-${process.pid}`);
  const result = await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: staticDir, emptyOutDir: true },
  });
  await reportFirstRoute(result, staticDir);
}

/** The entry chunk and everything it imports statically: what the first route must load. */
async function reportFirstRoute(result: unknown, outDir: string) {
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
  if (!entry) throw new Error('No index.html entry chunk in the build');
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file) || !byFile.has(file)) return;
    first.add(file);
    byFile.get(file)!.imports.forEach(visit);
  };
  visit(entry.fileName);
  let gz = 0;
  for (const file of first) gz += gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
  const mapInFirst = [...first].flatMap((f) =>
    byFile.get(f)!.moduleIds.filter((id) => MAP_LIBRARIES.test(id)),
  );
  const mapChunks = chunks.filter((c) => c.moduleIds.some((id) => MAP_LIBRARIES.test(id)));
  console.log(`First route JS: ${(gz / 1024).toFixed(1)} KB gzip in ${first.size} files`);
  console.log(
    `Leaflet in the first route's JS: ${mapInFirst.length > 0 ? `YES (${mapInFirst.length} modules)` : 'no'}`,
  );
  console.log(`Map libraries are in: ${mapChunks.map((c) => c.fileName).join(', ')}`);
}

/** Records when the table per RW and its "Data per …" line are first in the DOM. */
function recordDashboardPaint(page: Page) {
  // No named helpers in the page function: tsx would wrap them with a `__name` the page lacks.
  return page.addInitScript(() => {
    const w = window as unknown as { __dashboardAt?: number };
    const observer = new MutationObserver(() => {
      if (
        w.__dashboardAt === undefined &&
        document.querySelector('table.coverage-table tbody tr') &&
        document.querySelector('.answer-status')?.textContent?.startsWith('Data per')
      ) {
        observer.disconnect();
        requestAnimationFrame(() => (w.__dashboardAt = performance.now()));
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const app = await startApp({ staticDir, env: { SEED: 'demo' }, timeoutMs: 180_000 });
// Measure once the demo data is written, not while the seed takes the CPU.
const seedStart = Date.now();
await demoDataReady(app, 900_000);
console.log(`Demo data seeded in ${((Date.now() - seedStart) / 1000).toFixed(0)} s after start`);
const session = await launchBrowser(
  {},
  { args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] },
);
try {
  const { page, context } = session;
  page.setDefaultTimeout(120_000);
  await enrollPage(page, app.url, { code: 'DEMO-LURH', name: 'Lurah Uji' });
  const meta = await readIndexedDb<{ key: string; value: { token: string } }>(page, 'meta');
  const token = meta.find((row) => row.key === 'auth')!.value.token;
  const me = await call<{ user: { area: { kelurahanCode: string } } }>(
    app.url,
    '/api/auth/me',
    token,
  );
  const code = me.user.area.kelurahanCode;
  const kel = await call<{ rws: unknown[] }>(app.url, `/api/coverage/kelurahan/${code}`, token);
  await waitForServiceWorker(page, 180_000);
  // Online once: the answer is saved and the dashboard's chunks are in the precache.
  await page.goto(`${app.url}/dasbor/${code}`);
  await page.locator('table.coverage-table tbody tr').first().waitFor();
  await page.waitForTimeout(500);

  await recordDashboardPaint(page);
  await setOffline(context, true);
  const painted: number[] = [];
  const fcp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page
      .waitForFunction(() => (window as { __dashboardAt?: number }).__dashboardAt, null, {
        timeout: 30_000,
      })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: join(tmpdir(), 'dashboard-offline-failed.png') });
        console.log(await page.locator('body').innerText());
        throw error;
      });
    const rows = await page.locator('table.coverage-table tbody tr').count();
    if (rows !== kel.rws.length) throw new Error(`${rows} rows drawn, ${kel.rws.length} expected`);
    const times = await page.evaluate(() => ({
      at: (window as unknown as { __dashboardAt: number }).__dashboardAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    painted.push(times.at);
    fcp.push(times.fcp);
  }
  console.log(`\nKelurahan dashboard (${kel.rws.length} RW) from the saved answer, network cut:`);
  console.log(`  table and "Data per …" drawn: ${fmt(painted)}`);
  console.log(`  first contentful paint:       ${fmt(fcp)}`);
  console.log(
    `  goal ≤ ${GOAL_MS} ms: ${median(painted) <= GOAL_MS ? 'met' : 'NOT met'} (Chromium, loopback server, this machine)`,
  );
} finally {
  await session.close();
  await app.stop();
  if (ownBuild) await rm(staticDir, { recursive: true, force: true });
}
