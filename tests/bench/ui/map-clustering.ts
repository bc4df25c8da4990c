// Clustering the household map on the phone or on the server, in one run, on a low-end phone
// (tests/bench/phone/conditions.ts: CPU 4×, 1.6 Mbit/s, 150 ms), for
//   - the kelurahan: the demo generator's Bekasijaya (≈12,000 houses with a GPS point);
//   - the city: those houses copied into each of the 56 kelurahan (≈670,000), as if every
//     household of Kota Bekasi were on one map.
// Client: the phone downloads the map's points part (the app's ?part=points columns, brotli as
// the server sends it), expands them and clusters them with supercluster (the options of
// src/client/features/map/data/clusters.ts), then the clusters of the first view. Server: the
// phone asks for the clusters of the view and gets them ready made (the server builds the index
// per request, "cold", or keeps it, "warm"). Each: fetch start → clusters in hand (drawing them
// is the same work either way), and one zoom step in (client: from its index; server: another
// request). A small HTTP server in this process stands in for the app's, so both paths are
// measured against the same machine. Alternating, median of RUNS (5).
// Run: npx tsx tests/bench/ui/map-clustering.ts
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { generateKelurahan, type DemoBatch } from '@shared/demo';
import { compactPoints } from '@shared/coverage/map-points';
import { DEMO_ACCOUNTS } from '@server/seed/demo-accounts';
import {
  indexHouseholds,
  itemsInView,
  type MapHousehold,
} from '@client/features/map/data/clusters';
import { phonePoints, type PhoneRecords } from '@client/features/map/data/local-points';
import { launchBrowser } from '../../e2e/harness';
import { emulatePhone, kb } from '../phone/conditions';

const RUNS = Number(process.env.RUNS ?? 5);
const TODAY = '2021-11-30';
const ROOT = resolve(import.meta.dirname, '../../..');
const KELURAHAN = DEMO_ACCOUNTS.find((a) => a.role === 'lurah')!.area.kelurahanCode!;
/** Brotli at quality 4, as answers are compressed on the fly. */
const brotli = (text: string) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Bbox = [number, number, number, number];

const records: PhoneRecords = { households: [], residents: [], doses: [], visits: [], isoman: [] };
for (const batch of generateKelurahan({ kelurahanCode: KELURAHAN, seed: 1, today: TODAY })) {
  for (const key of Object.keys(records) as (keyof PhoneRecords)[]) {
    (records[key] as unknown[]).push(...((batch as DemoBatch)[key] as unknown[]));
  }
}
const kelurahan = phonePoints(records, TODAY).sort((a, b) => a.rw - b.rw || a.rt - b.rt);

// The city: the kelurahan's houses moved to each kelurahan's middle (its outline's box).
const boundaries = JSON.parse(
  readFileSync(join(ROOT, 'public/data/bekasi-kelurahan.geojson'), 'utf8'),
) as { features: { geometry: { coordinates: number[][][] } }[] };
const middle = (ring: number[][]) => {
  const lngs = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  return [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
};
const [homeLng, homeLat] = middle(kelurahan.map((h) => [h.lng, h.lat]));
// Each copy differs (statuses and counts of other houses, points moved up to ±25 m), so the
// compression finds no repeated blocks that a real city's answer would not have either.
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const city: MapHousehold[] = boundaries.features.flatMap((f, k) => {
  const [lng, lat] = middle(f.geometry.coordinates[0]!);
  return kelurahan.map((h) => {
    const other = kelurahan[Math.floor(random() * kelurahan.length)]!;
    return {
      ...h,
      id: `${k}:${h.id}`,
      status: other.status,
      residents: other.residents,
      unvaccinated: other.unvaccinated,
      lng: h.lng - homeLng! + lng! + (random() - 0.5) * 0.00045,
      lat: h.lat - homeLat! + lat! + (random() - 0.5) * 0.00045,
    };
  });
});

const boxOf = (points: readonly MapHousehold[]): Bbox =>
  points.reduce<Bbox>(
    ([w, s, e, n], p) => [
      Math.min(w, p.lng),
      Math.min(s, p.lat),
      Math.max(e, p.lng),
      Math.max(n, p.lat),
    ],
    [180, 90, -180, -90],
  );
/** The zoom Leaflet fits a box to on a phone's map (360 × 370 px), floored as the layer does. */
function fitZoom([w, s, e, n]: Bbox): number {
  const y = (lat: number) =>
    Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  const width = (e - w) / 360;
  const height = y(n) - y(s);
  return Math.floor(Math.min(Math.log2(360 / 256 / width), Math.log2(370 / 256 / height)));
}
const SETS = {
  kelurahan: { points: kelurahan, bbox: boxOf(kelurahan), zoom: fitZoom(boxOf(kelurahan)) },
  city: { points: city, bbox: boxOf(city), zoom: fitZoom(boxOf(city)) },
} as const;
type SetName = keyof typeof SETS;

const head = { asOf: new Date().toISOString(), target: 0.7 };
const pointsBody = Object.fromEntries(
  Object.entries(SETS).map(([name, set]) => [
    name,
    brotli(JSON.stringify(compactPoints(head, set.points, 'bench'))),
  ]),
) as Record<SetName, Buffer>;
const warmIndex = new Map<SetName, ReturnType<typeof indexHouseholds>>();
const serverMs: Record<string, number[]> = {};

/** Clusters as columns: lng, lat, households, then the four status counts. */
function clustersAnswer(name: SetName, bbox: Bbox, zoom: number, cold: boolean) {
  const start = performance.now();
  let index = cold ? undefined : warmIndex.get(name);
  if (!index) {
    index = indexHouseholds(SETS[name].points);
    if (!cold) warmIndex.set(name, index);
  }
  const items = itemsInView(index, bbox, zoom).map((item) =>
    item.kind === 'cluster'
      ? [
          item.lng,
          item.lat,
          item.count,
          item.counts.lengkap,
          item.counts.sebagian,
          item.counts['belum-vaksin'],
          item.counts['belum-dikunjungi'],
        ]
      : [item.lng, item.lat, 1],
  );
  const body = brotli(JSON.stringify(items));
  (serverMs[`${name} ${cold ? 'cold' : 'warm'}`] ??= []).push(performance.now() - start);
  return body;
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>clustering</title>
<script src="/supercluster.js"></script><script>
const STATUS = { l: 0, s: 1, v: 2, d: 3 };
window.clientRun = async (name, bbox, zoom) => {
  const start = performance.now();
  const c = await (await fetch('/points/' + name + '?r=' + Math.random(), { cache: 'no-store' })).json();
  const features = new Array(c.rw.length);
  let lat = 0, lng = 0;
  for (let i = 0; i < c.rw.length; i++) {
    lat += c.lat[i]; lng += c.lng[i];
    features[i] = { type: 'Feature', properties: { s: STATUS[c.status[i]], r: c.residents[i] },
      geometry: { type: 'Point', coordinates: [lng / 1e6, lat / 1e6] } };
  }
  const index = new Supercluster({ radius: 60, extent: 256, maxZoom: 18,
    map: (p) => { const counts = [0, 0, 0, 0]; counts[p.s] = 1; return { counts, residents: p.r }; },
    reduce: (acc, p) => { acc.counts = acc.counts.map((n, i) => n + p.counts[i]); acc.residents += p.residents; } });
  index.load(features);
  const first = index.getClusters(bbox, zoom);
  const drawn = performance.now();
  const [w, s, e, n] = bbox, dx = (e - w) / 4, dy = (n - s) / 4;
  const zoomed = index.getClusters([w + dx, s + dy, e - dx, n - dy], zoom + 1);
  return { first: drawn - start, step: performance.now() - drawn, clusters: first.length, next: zoomed.length };
};
window.serverRun = async (name, bbox, zoom, cold) => {
  const ask = async (box, z) => (await fetch('/clusters/' + name + '?z=' + z + '&b=' + box.join(',') +
    (cold ? '&cold=1' : '') + '&r=' + Math.random(), { cache: 'no-store' })).json();
  const start = performance.now();
  const first = await ask(bbox, zoom);
  const drawn = performance.now();
  const [w, s, e, n] = bbox, dx = (e - w) / 4, dy = (n - s) / 4;
  const zoomed = await ask([w + dx, s + dy, e - dx, n - dy], zoom + 1);
  return { first: drawn - start, step: performance.now() - drawn, clusters: first.length, next: zoomed.length };
};
</script>`;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  const send = (type: string, body: Buffer | string, br = false) =>
    response
      .writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(br ? { 'content-encoding': 'br' } : {}),
      })
      .end(body);
  const [, what, name] = url.pathname.split('/') as [string, string, SetName];
  if (url.pathname === '/') return send('text/html', PAGE);
  if (what === 'supercluster.js') {
    return send(
      'text/javascript',
      readFileSync(join(ROOT, 'node_modules/supercluster/dist/supercluster.min.js')),
    );
  }
  if (what === 'points') return send('application/json', pointsBody[name], true);
  if (what === 'clusters') {
    const bbox = url.searchParams.get('b')!.split(',').map(Number) as Bbox;
    const zoom = Number(url.searchParams.get('z'));
    const cold = url.searchParams.has('cold');
    return send('application/json', clustersAnswer(name, bbox, zoom, cold), true);
  }
  response.writeHead(404).end();
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

type Result = { first: number; step: number; clusters: number; next: number };
const results: Record<string, Result[]> = {};
const session = await launchBrowser();
try {
  const { page, context } = session;
  page.setDefaultTimeout(600_000);
  await page.goto(origin);
  await emulatePhone(context, page);
  for (const name of Object.keys(SETS) as SetName[]) {
    const { bbox, zoom } = SETS[name];
    console.log(
      `${name}: ${SETS[name].points.length} houses, points part ${kb(pointsBody[name].length)} (br), first view zoom ${zoom}`,
    );
    clustersAnswer(name, bbox, zoom, false); // the warm index, built once before
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['client', 'server warm', 'server cold'] as const) {
        const call =
          mode === 'client'
            ? `clientRun(${JSON.stringify(name)}, ${JSON.stringify(bbox)}, ${zoom})`
            : `serverRun(${JSON.stringify(name)}, ${JSON.stringify(bbox)}, ${zoom}, ${mode === 'server cold'})`;
        const r = (await page.evaluate(call)) as Result;
        (results[`${name} ${mode}`] ??= []).push(r);
        console.log(
          `  run ${i + 1} ${mode}: first ${r.first.toFixed(0)} ms (${r.clusters} items), zoom step ${r.step.toFixed(0)} ms`,
        );
      }
    }
  }
} finally {
  await session.close();
  server.close();
}

console.log(`\nClustering, low-end phone (CPU 4×, 1.6 Mbit/s, 150 ms), medians of ${RUNS}:`);
for (const name of Object.keys(SETS)) {
  const m = (mode: string, key: 'first' | 'step') =>
    median(results[`${name} ${mode}`]!.map((r) => r[key]));
  for (const mode of ['client', 'server warm', 'server cold']) {
    console.log(
      `  ${name.padEnd(9)} ${mode.padEnd(11)} first view ${m(mode, 'first').toFixed(0).padStart(6)} ms` +
        ` (${(m(mode, 'first') / m('client', 'first')).toFixed(2)}× client)` +
        `, zoom step ${m(mode, 'step').toFixed(0).padStart(5)} ms`,
    );
  }
}
for (const [key, xs] of Object.entries(serverMs)) {
  console.log(
    `  server's own time, ${key}: median ${median(xs).toFixed(1)} ms (this machine, no slowdown)`,
  );
}
