// First sync into an empty browser, through the real device code (`pullAll` with
// `httpTransport`, src/client/sync) in Debian's Chromium, from the real server on loopback over
// a database seeded with one synthetic kelurahan (src/shared/demo through the server's seed):
//
//   1. one RW (the one nearest 700 households): time from the start of `pullAll` until every
//      record and the cursor are committed in IndexedDB. Goal ≤ 2 s.
//   2. the whole kelurahan: the same, as a ratio to raw IndexedDB writes of the same records
//      (as the device stores them) into the same object stores and indexes, plain `put`s in
//      large transactions, in the same run. Goal ≤ 1.3 ×. Each measurement gets a fresh browser and on-disk profile.
//
// Where the time goes, in the same rounds: how long `pullAll` stood waiting for a page
// (network + JSON not hidden behind the writes); the same pages through `applyPulledPage`
// with no network (the device code's writes alone); every page fetched and parsed with
// nothing written (network + JSON alone); and the CPU time of Chromium's browser process
// (IndexedDB's backend), its renderer (the page), the server and PostgreSQL during each.
// The order rotates every round; medians are printed.
//
//   npx tsx tests/bench/sync/first-sync.ts [pglite|postgres]
//   env: RUNS=3 RUNS_RW=5 PAGE=2000 ALSO_PAGES=5000,2000/2000 RAW_TX=10000 RW=<number>
//        ONLY=rw|kelurahan LIMIT_MIN=30
import { DEMO_KELURAHAN } from '@shared/demo';
import { openBenchPage, pageModule, type BenchPage } from '../client/dev-page';
import { cpuSince, cpuTimes, type CpuGroup, type CpuTimes } from './cpu';
import type * as FirstSyncBench from './page/first-sync-bench';
import {
  fmt,
  freshPlace,
  kindsFromArgs,
  median,
  seed,
  serve,
  signInDevices,
  stopPostgres,
} from '../server/lib';
import { uuidv7 } from '@shared/ids';

const KELURAHAN = DEMO_KELURAHAN[0];
const RUNS = Number(process.env.RUNS ?? 3);
const RUNS_RW = Number(process.env.RUNS_RW ?? 5);
/** Records per pull page; 2000 is what the PWA asks for (pullAll's default). */
const PAGE = Number(process.env.PAGE ?? 2000);
/**
 * Other page sizes to measure beside PAGE in the same rounds: `5000` (pages of 5000 after
 * pullAll's small first page), `2000/2000` (pages of 2000, the first one too).
 */
const ALSO_PAGES = (process.env.ALSO_PAGES ?? '')
  .split(',')
  .filter(Boolean)
  .map((p) => p.split('/').map(Number) as [number, number?]);
const RAW_TX = Number(process.env.RAW_TX ?? 10_000);
/** The whole script stops (and cleans up) after this many minutes, whatever it was doing. */
const LIMIT_MIN = Number(process.env.LIMIT_MIN ?? 30);
/** `rw` or `kelurahan` to measure one of the two only. */
const ONLY = process.env.ONLY;

type PageApi = typeof FirstSyncBench;
/**
 * Every measurement runs in a browser of its own with a fresh on-disk profile, as on a phone
 * (an incognito profile keeps IndexedDB in memory, where this Chromium writes several times
 * slower, and a profile that has held a large database writes slower afterwards).
 */
let bench = null as BenchPage | null;
const call: ReturnType<typeof pageModule<PageApi>> = (name, ...args) =>
  pageModule<PageApi>(bench!.page, '/tests/bench/sync/page/first-sync-bench.ts')(name, ...args);

/** Server and device token of the current run, given to every fresh page. */
const signedIn = { url: '', token: '' };

/**
 * A fresh browser for the next measurement: signed in, and the area downloaded once
 * (untimed): the measures without network need its pages, and it warms the page's code and
 * the server the same way before every measure.
 */
async function freshPage(scope: Scope) {
  await bench?.close();
  bench = null;
  // The page comes from Vite's dev server and calls the API on the server's own port directly.
  bench = await openBenchPage({ browserArgs: ['--disable-web-security'] });
  await call('setServer', signedIn.url, signedIn.token);
  return call('download', scope, PAGE);
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
let timer: NodeJS.Timeout | undefined;
// The time limit, or Ctrl-C, ends the run through the cleanup below (server, temporary
// database, browser), never by leaving processes behind.
const deadline = new Promise<never>((_, fail) => {
  timer = setTimeout(() => fail(new Error(`stopped: ${LIMIT_MIN} min`)), LIMIT_MIN * 60_000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => fail(new Error(`stopped: ${signal}`)));
});
/** What must be stopped even when the time limit cuts a measurement short. */
const running: { stop?: (() => Promise<void>) | undefined } = {};
/** Whose CPU time counts: the server process and, on PostgreSQL, this run's database. */
const cpuOf: { serverPid?: number | undefined; database?: string | undefined } = {};

type Scope = { kelurahanCode: string; rw?: number };
type Timing = { ms: number; waitingMs?: number; firstPageMs?: number };
type Measure = { name: string; run: () => Promise<Timing> };
type Stats = {
  ms: number;
  ratio: number;
  waitingMs?: number | undefined;
  firstPageMs?: number | undefined;
  cpu: CpuTimes;
};
/** "waiting for pages 0.31 s (first 0.05 s)" for the first syncs, else nothing. */
const waitText = (t: Omit<Stats, 'ratio' | 'cpu'>) =>
  t.waitingMs === undefined
    ? ''
    : `, waiting for pages ${s(t.waitingMs)} (first ${s(t.firstPageMs ?? 0)})`;

/** What each round measures; the first is the figure, `raw` the reference of the ratios. */
function measuresFor(scope: Scope): Measure[] {
  const sync = (page: number, first?: number) => () => call('firstSync', scope, page, first);
  return [
    { name: 'first sync', run: sync(PAGE) },
    ...ALSO_PAGES.map(([page, first]) => ({
      name: `first sync, pages of ${page}${first ? `, first ${first}` : ''}`,
      run: sync(page, first),
    })),
    { name: 'applyPulledPage alone', run: () => call('writesOnly', scope) },
    { name: 'raw', run: () => call('rawWrites', scope, RAW_TX) },
    { name: 'network + JSON alone', run: () => call('networkOnly', scope, PAGE) },
  ];
}

const cpuText = (cpu: CpuTimes) =>
  (Object.entries(cpu) as [CpuGroup, number][])
    .filter(([, ms]) => ms > 0)
    .map(([group, ms]) => `${group} ${s(ms)}`)
    .join(', ');

/**
 * `runs` rounds of every measure, the order rotated each round (none always meets a warmer or
 * busier machine); prints each round, returns the medians per measure.
 */
async function rounds(scope: Scope, runs: number): Promise<Map<string, Stats>> {
  const measures = measuresFor(scope);
  const seen = new Map(measures.map((m) => [m.name, [] as (Stats & { ms: number })[]]));
  for (let i = 0; i < runs; i++) {
    const round = new Map<string, Omit<Stats, 'ratio'>>();
    for (let k = 0; k < measures.length; k++) {
      const m = measures[(i + k) % measures.length]!;
      await freshPage(scope);
      const before = cpuTimes(cpuOf.serverPid, cpuOf.database);
      const r = await m.run();
      round.set(m.name, { ...r, cpu: cpuSince(before, cpuTimes(cpuOf.serverPid, cpuOf.database)) });
    }
    const raw = round.get('raw')!.ms;
    const parts = measures.map(({ name }) => {
      const r = round.get(name)!;
      seen.get(name)!.push({ ...r, ratio: r.ms / raw });
      return `${name} ${s(r.ms)} (×${(r.ms / raw).toFixed(2)}${waitText(r)})`;
    });
    console.log(`    run ${i + 1}: ${parts.join('; ')}`);
  }
  const stats = new Map<string, Stats>();
  for (const [name, xs] of seen) {
    const waits = xs.flatMap((x) => (x.waitingMs === undefined ? [] : [x.waitingMs]));
    const firsts = xs.flatMap((x) => (x.firstPageMs === undefined ? [] : [x.firstPageMs]));
    const cpu = Object.fromEntries(
      (['browser', 'renderer', 'server', 'postgres'] as const).map((g) => [
        g,
        median(xs.map((x) => x.cpu[g])),
      ]),
    ) as CpuTimes;
    stats.set(name, {
      ms: median(xs.map((x) => x.ms)),
      ratio: median(xs.map((x) => x.ratio)),
      waitingMs: waits.length ? median(waits) : undefined,
      firstPageMs: firsts.length ? median(firsts) : undefined,
      cpu,
    });
  }
  return stats;
}

async function measure(kind: 'pglite' | 'postgres') {
  const place = await freshPlace(kind);
  if (!place) return console.log(`${kind}: not available`);
  const seeding = performance.now();
  await seed(place, [KELURAHAN]);
  console.log(`${kind}: seeded ${KELURAHAN} in ${s(performance.now() - seeding)}`);
  const [headers] = await signInDevices(place, [
    { deviceId: uuidv7(), role: 'lurah', area: { kelurahanCode: KELURAHAN, rw: null, rts: [] } },
  ]);
  const server = await serve(place);
  cpuOf.serverPid = server.child.pid;
  cpuOf.database = place.env.DATABASE_URL
    ? new URL(place.env.DATABASE_URL).pathname.slice(1)
    : undefined;
  running.stop = async () => {
    await server.stop();
    await place.drop();
  };
  try {
    signedIn.url = server.url;
    signedIn.token = headers!.authorization.slice('Bearer '.length);
    const kelurahan = { kelurahanCode: KELURAHAN };
    const all = await freshPage(kelurahan);
    const sizes = Object.entries(all.householdsPerRw).map(([rw, n]) => [Number(rw), n] as const);
    const rw =
      Number(process.env.RW) ||
      sizes.reduce((a, b) => (Math.abs(b[1] - 700) < Math.abs(a[1] - 700) ? b : a))[0];
    const area = { kelurahanCode: KELURAHAN, rw };
    const one = await call('download', area, PAGE);

    for (const [label, scope, info, runs] of [
      [`RW ${rw}`, area, one, RUNS_RW],
      ['kelurahan', kelurahan, all, RUNS],
    ] as const) {
      if (ONLY && (ONLY === 'rw') !== (scope === area)) continue;
      const total = Object.values(info.counts).reduce((a, b) => a + b, 0);
      console.log(
        `  ${label}: ${fmt(total)} records (${Object.entries(info.counts)
          .map(([t, n]) => `${fmt(n)} ${t}`)
          .join(', ')}), ${(info.bytes / 1e6).toFixed(1)} MB of JSON ` +
          `(${fmt(info.bytes / total)} B/record), ${info.pages} pages of ${PAGE}`,
      );
      const stats = await rounds(scope, runs);
      for (const [name, m] of stats) {
        const rate = name.startsWith('first sync')
          ? ` = ${fmt((total / m.ms) * 1000)} records/s`
          : '';
        console.log(
          `${kind}: ${label}: ${name} ${s(m.ms)}${rate} (×${m.ratio.toFixed(2)} raw${waitText(m)}; ` +
            `CPU: ${cpuText(m.cpu)}), median of ${runs}`,
        );
      }
    }
  } finally {
    await running.stop();
    running.stop = undefined;
  }
}

try {
  await Promise.race([
    (async () => {
      for (const kind of kindsFromArgs()) await measure(kind);
    })(),
    deadline,
  ]);
} finally {
  clearTimeout(timer);
  await running.stop?.();
  await bench?.close();
  await stopPostgres();
}
