// The household map in the real app in Chromium, over the current build:
//   1. time to first drawn map for a lurah's kelurahan (the demo generator's Bekasijaya,
//      ≈13,000 households, their statuses derived as the app derives them): from navigation
//      start to the frame after the first status donut is on the map, median of 5. The
//      server's answer is served from memory (page.route), so this is the phone's share; the
//      server's own time for that answer is in "Dashboard requests" (docs/benchmarks.md);
//   2. the admin kota's city map: to the frame after all 56 kelurahan are drawn;
//   3. an RW's offline tiles: tiles of zooms 13–18 around RW 001's houses, downloaded for real
//      by the app's own code (data/download-area.ts, bundled here) from the e2e tests' local
//      tile server into Cache Storage: tiles, bytes received, storage used, against the
//      estimate the app shows (20 KB a tile). The fixture's tiles are one plain-coloured PNG,
//      not map drawings: the bytes say what this server sends, not what OpenStreetMap's would.
// Run: npx vite build && npx tsx tests/bench/ui/map-first-draw.ts
import { compactPoints, pointDetails } from '@shared/coverage/map-points';
import { generateKelurahan, type DemoBatch } from '@shared/demo';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import { phonePoints, type PhoneRecords } from '@client/features/map/data/local-points';
import {
  boxAround,
  OFFLINE_ZOOMS,
  tilesOf,
  TYPICAL_TILE_BYTES,
} from '@client/features/map/data/tile-area';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { enrollPage, launchBrowser, startApp } from '../../e2e/harness';
import { startTileServer } from '../../e2e/tile-server';

const RUNS = 5;
const TODAY = '2021-11-30';
const KELURAHAN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

const records: PhoneRecords = { households: [], residents: [], doses: [], visits: [], isoman: [] };
for (const batch of generateKelurahan({ kelurahanCode: KELURAHAN, seed: 1, today: TODAY })) {
  for (const key of Object.keys(records) as (keyof PhoneRecords)[]) {
    (records[key] as unknown[]).push(...((batch as DemoBatch)[key] as unknown[]));
  }
}
const points = phonePoints(records as PhoneRecords, TODAY);
const head = { asOf: new Date().toISOString(), target: 0.7 };
const answer = JSON.stringify({ ...head, households: points });
// What the app asks for: the points part, then ids and addresses (shared/coverage/map-points).
const pointsPart = JSON.stringify(compactPoints(head, points, 'bench'));
const detailsPart = JSON.stringify(pointDetails(points, 'bench'));
console.log(
  `Kelurahan ${KELURAHAN}: ${records.households.length} households, ${points.length} with a GPS point (${(answer.length / 1024).toFixed(0)} KB of JSON whole, points part ${(pointsPart.length / 1024).toFixed(0)} KB)`,
);

const rw1 = points.filter((p) => p.rw === 1);
const tiles = tilesOf(boxAround(rw1));
const perZoom = [];
for (let z = OFFLINE_ZOOMS.min; z <= OFFLINE_ZOOMS.max; z++) {
  perZoom.push(`z${z} ${tiles.filter((t) => t.z === z).length}`);
}
console.log(
  `RW 001 (${rw1.length} houses): ${tiles.length} tiles for offline (${perZoom.join(', ')}), ≈ ${((tiles.length * TYPICAL_TILE_BYTES) / 1e6).toFixed(1)} MB at 20 KB a tile`,
);

await downloadRw(rw1.length, tiles);

const app = await startApp({ env: { SEED: 'accounts' }, timeoutMs: 300_000 });
const session = await launchBrowser({ viewport: { width: 1366, height: 768 } });
try {
  const { page, context } = session;
  page.setDefaultTimeout(120_000);
  await context.route(/\/households\?part=/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: route.request().url().endsWith('part=points') ? pointsPart : detailsPart,
    }),
  );
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await enrollPage(page, app.url, { code: 'DEMO-LURH', name: 'Lurah Bench' });
  const kelurahan: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto(`${app.url}/peta/${KELURAHAN}`);
    const ms = await drawnAfter(page, '.household-cluster svg', 1);
    if (i > 0) kelurahan.push(ms); // the first run loads the map chunk into the HTTP cache
  }
  console.log(`Kelurahan map, first donut drawn: ${fmt(kelurahan)}`);

  const admin = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  try {
    admin.page.setDefaultTimeout(120_000);
    await admin.context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await enrollPage(admin.page, app.url, { code: 'DEMO-ADMN', name: 'Admin Bench' });
    const city: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await admin.page.goto(`${app.url}/peta`);
      const ms = await drawnAfter(admin.page, 'path.kelurahan-shape', 56);
      if (i > 0) city.push(ms);
    }
    console.log(`City map, 56 kelurahan drawn: ${fmt(city)}`);
  } finally {
    await admin.close();
  }
} finally {
  await session.close();
  await app.stop();
}

/** Milliseconds from navigation start to the frame after `count` of `selector` are there. */
function drawnAfter(page: Page, selector: string, count: number): Promise<number> {
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const check = () => {
      if (document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}) {
        requestAnimationFrame(() => resolve(performance.now()));
      } else setTimeout(check, 5);
    };
    check();
  })`);
}

/** The relawan's "Unduh peta wilayah ini" for RW 001's tiles, run in Chromium by the app's code. */
async function downloadRw(houses: number, coords: typeof tiles): Promise<void> {
  const bundle = (await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: new URL('../../../src/client/features/map/data/download-area.ts', import.meta.url)
          .pathname,
        formats: ['iife'],
        name: 'PintuDownload',
      },
    },
  })) as Rolldown.RolldownOutput[];
  const code = bundle[0]!.output[0].code;
  const server = await startTileServer();
  const session = await launchBrowser();
  try {
    const { page } = session;
    await page.route(`${server.url}/bench`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>tiles</title>' }),
    );
    await page.goto(`${server.url}/bench`);
    await page.addScriptTag({ content: code });
    const result = (await page.evaluate(`(async () => {
      const before = (await navigator.storage.estimate()).usage ?? 0;
      const start = performance.now();
      const p = await PintuDownload.downloadArea(${JSON.stringify(server.template)}, ${JSON.stringify(coords)}, () => {});
      const ms = performance.now() - start;
      const after = (await navigator.storage.estimate()).usage ?? 0;
      return { ...p, ms, stored: after - before };
    })()`)) as { done: number; bytes: number; failed: number; ms: number; stored: number };
    console.log(
      `RW 001 (${houses} houses) downloaded from the fixture: ${result.done} tiles (${result.failed} failed), ` +
        `${(result.bytes / 1024).toFixed(1)} KB received (${(result.bytes / result.done).toFixed(0)} B a tile), ` +
        `${(result.stored / 1024).toFixed(1)} KB of storage used, in ${result.ms.toFixed(0)} ms; ` +
        `the app's estimate: ${((coords.length * TYPICAL_TILE_BYTES) / 1024).toFixed(0)} KB`,
    );
  } finally {
    await session.close();
    await server.stop();
  }
}
