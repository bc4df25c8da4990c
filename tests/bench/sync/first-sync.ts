// First sync into an empty browser, through the real device code (`pullAll` with
// `httpTransport`, src/client/sync) in Debian's Chromium, from the real server on loopback over
// a database seeded with one synthetic kelurahan (src/shared/demo through the server's seed):
//
//   1. one RW (the one nearest 700 households): time from the start of `pullAll` until every
//      record and the cursor are committed in IndexedDB. Goal ≤ 2 s.
//   2. the whole kelurahan: the same, as a ratio to raw IndexedDB writes of the same records
//      (as the device stores them) into the same object stores and indexes, plain `put`s in
//      large transactions, in the same page and run. Goal ≤ 1.3 ×.
//
// Each run also splits the time: how long `pullAll` waited for a page (network + JSON not
// hidden behind the writes), and, measured alone, fetching and parsing every page with
// nothing written. Runs rotate their order; medians are printed.
//
//   npx tsx tests/bench/sync/first-sync.ts [pglite|postgres]
//   env: RUNS=3 RUNS_RW=5 PAGE=2000 RAW_TX=10000 RW=<number> ONLY=rw|kelurahan LIMIT_MIN=30
import { DEMO_KELURAHAN } from '@shared/demo';
import { openBenchPage } from '../client/dev-page';
import { cpuSince, cpuTimes, type CpuGroup, type CpuTimes } from './cpu';
import type * as FirstSyncBench from './page/first-sync-bench';
import { fmt, freshPlace, kindsFromArgs, median, seed, serve, stopPostgres } from '../server/lib';

const KELURAHAN = DEMO_KELURAHAN[0];
const RUNS = Number(process.env.RUNS ?? 3);
const RUNS_RW = Number(process.env.RUNS_RW ?? 5);
/** Records per pull page; 2000 is what the PWA asks for (pullAll's default). */
const PAGE = Number(process.env.PAGE ?? 2000);
const RAW_TX = Number(process.env.RAW_TX ?? 10_000);
/** The whole script stops (and cleans up) after this many minutes, whatever it was doing. */
const LIMIT_MIN = Number(process.env.LIMIT_MIN ?? 30);
/** `rw` or `kelurahan` to measure one of the two only. */
const ONLY = process.env.ONLY;

type PageApi = typeof FirstSyncBench;
// The page comes from Vite's dev server and calls the API on the server's own port directly.
const bench = await openBenchPage({ browserArgs: ['--disable-web-security'] });
const call = <K extends keyof PageApi>(name: K, ...args: Parameters<PageApi[K]>) =>
  bench.page.evaluate(
    async ([name, args]) => {
      const api = await import('/tests/bench/sync/page/first-sync-bench.ts' as string);
      return api[name](...args);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<PageApi[K]>>>;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
let timer: NodeJS.Timeout | undefined;
const deadline = new Promise<never>((_, fail) => {
  timer = setTimeout(() => fail(new Error(`stopped: ${LIMIT_MIN} min`)), LIMIT_MIN * 60_000);
});
/** What must be stopped even when the time limit cuts a measurement short. */
const running: { stop?: (() => Promise<void>) | undefined } = {};
/** Whose CPU time counts: the server process and, on PostgreSQL, this run's database. */
const cpuOf: { serverPid?: number | undefined; database?: string | undefined } = {};

const MEASURES = ['sync', 'writes', 'raw', 'network'] as const;
type Measure = (typeof MEASURES)[number];
type Scope = { kelurahanCode: string; rw?: number };

type Result = { ms: number; waitingMs?: number; cpu: CpuTimes };

async function once(which: Measure, scope: Scope): Promise<Result> {
  const before = cpuTimes(cpuOf.serverPid, cpuOf.database);
  const result: { ms: number; waitingMs?: number } =
    which === 'sync'
      ? await call('firstSync', scope, PAGE)
      : which === 'writes'
        ? await call('writesOnly', scope)
        : which === 'raw'
          ? await call('rawWrites', scope, RAW_TX)
          : await call('networkOnly', scope, PAGE);
  return { ...result, cpu: cpuSince(before, cpuTimes(cpuOf.serverPid, cpuOf.database)) };
}

const cpuText = (cpu: CpuTimes) =>
  (Object.entries(cpu) as [CpuGroup, number][])
    .filter(([, ms]) => ms > 0)
    .map(([group, ms]) => `${group} ${s(ms)}`)
    .join(', ');

/** `runs` rounds of every measure, the order rotated each round; prints each round. */
async function rounds(scope: Scope, runs: number) {
  const t: Record<Measure | 'waiting', number[]> = {
    sync: [],
    writes: [],
    raw: [],
    network: [],
    waiting: [],
  };
  const ratios = { sync: [] as number[], writes: [] as number[] };
  const cpu: Record<Measure, CpuTimes[]> = { sync: [], writes: [], raw: [], network: [] };
  for (let i = 0; i < runs; i++) {
    const round = {} as Record<Measure | 'waiting', number>;
    for (let k = 0; k < MEASURES.length; k++) {
      const which = MEASURES[(i + k) % MEASURES.length]!;
      const r = await once(which, scope);
      round[which] = r.ms;
      cpu[which].push(r.cpu);
      if (r.waitingMs !== undefined) round.waiting = r.waitingMs;
    }
    for (const key of Object.keys(t) as (keyof typeof t)[]) t[key].push(round[key]);
    ratios.sync.push(round.sync / round.raw);
    ratios.writes.push(round.writes / round.raw);
    console.log(
      `    run ${i + 1}: first sync ${s(round.sync)} (waiting for pages ${s(round.waiting)}, ` +
        `×${(round.sync / round.raw).toFixed(2)} raw); applyPulledPage alone ${s(round.writes)} ` +
        `(×${(round.writes / round.raw).toFixed(2)}); raw writes ${s(round.raw)}; ` +
        `network + JSON alone ${s(round.network)}`,
    );
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  const medianCpu = (xs: CpuTimes[]) =>
    Object.fromEntries(
      (['browser', 'renderer', 'server', 'postgres'] as const).map((g) => [
        g,
        median(xs.map((x) => x[g])),
      ]),
    ) as CpuTimes;
  for (const which of MEASURES) console.log(`    CPU, ${which}: ${cpuText(medianCpu(cpu[which]))}`);
  return {
    ...(m as Record<keyof typeof t, number>),
    ratio: median(ratios.sync),
    writesRatio: median(ratios.writes),
  };
}

async function measure(kind: 'pglite' | 'postgres') {
  const place = await freshPlace(kind);
  if (!place) return console.log(`${kind}: not available`);
  const seeding = performance.now();
  await seed(place, [KELURAHAN]);
  console.log(`${kind}: seeded ${KELURAHAN} in ${s(performance.now() - seeding)}`);
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
    await call('setServer', server.url);
    const kelurahan = { kelurahanCode: KELURAHAN };
    const all = await call('download', kelurahan, PAGE);
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
      if (scope === area) await call('firstSync', scope, PAGE); // warm-up: Vite, JIT, server
      const m = await rounds(scope, runs);
      console.log(
        `${kind}: ${label}: first sync median ${s(m.sync)} = ${fmt((total / m.sync) * 1000)} records/s ` +
          `(waiting for pages ${s(m.waiting)}); raw IndexedDB writes ${s(m.raw)} ` +
          `(${RAW_TX} per transaction); ratio ${m.ratio.toFixed(2)}; applyPulledPage alone ` +
          `${s(m.writes)} (×${m.writesRatio.toFixed(2)}); network + JSON alone ${s(m.network)} ` +
          `(medians of ${runs})`,
      );
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
  await bench.close();
  await stopPostgres();
}
