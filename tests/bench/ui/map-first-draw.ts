// The household map in the real app in Chromium, over the current build:
//   1. time to first drawn map for a lurah's kelurahan (the demo generator's Bekasijaya,
//      ≈13,000 households, their statuses derived as the app derives them): from navigation
//      start to the frame after the first status donut is on the map, median of 5. The
//      server's answer is served from memory (page.route), so this is the phone's share; the
//      server's own time for that answer is in "Dashboard requests" (docs/benchmarks.md);
//   2. the admin kota's city map: to the frame after all 56 kelurahan are drawn;
//   3. an RW's offline tiles: tiles of zooms 13–18 around RW 001's houses (the "unduh" of the
//      relawan's map), and their size at the app's estimate of 20 KB a tile.
// Run: npx vite build && npx tsx tests/bench/ui/map-first-draw.ts
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
import { enrollPage, launchBrowser, startApp } from '../../e2e/harness';

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
const answer = JSON.stringify({ asOf: new Date().toISOString(), target: 0.7, households: points });
console.log(
  `Kelurahan ${KELURAHAN}: ${records.households.length} households, ${points.length} with a GPS point (${(answer.length / 1024).toFixed(0)} KB of JSON)`,
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

const app = await startApp({ env: { SEED: 'accounts' } });
const session = await launchBrowser({ viewport: { width: 1366, height: 768 } });
try {
  const { page, context } = session;
  page.setDefaultTimeout(120_000);
  await context.route(/\/households$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: answer }),
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
