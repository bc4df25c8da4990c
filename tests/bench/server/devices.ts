// 200 devices syncing at once, over loopback HTTP.
//
//   npx tsx tests/bench/server/devices.ts [pglite|postgres]     (DEVICES, CYCLES, PAUSE_MS to change)
//   WORKERS=1,2,4 DEVICES=1000 npx tsx tests/bench/server/devices.ts postgres
//
// WORKERS: the server's processes (its cluster mode), one run each on a fresh database, then
// a table of them side by side (PostgreSQL only: PGlite serves one process).
//
// A synthetic kelurahan is seeded; each device works in one of its RTs and first downloads
// that RT (setup, 10 devices at a time, not part of the latency figures). Then 100 pushes,
// one after the other, warm the server up, and all devices start in the same millisecond;
// each runs CYCLES sync cycles: record a household with two
// residents and a visit, and edit a household downloaded earlier (5 mutations), push them,
// pull what changed in its RT; between cycles it waits a random 0–PAUSE_MS. Printed: latency
// of every push and pull (p50, p95, p99, max) for the first cycle (200 requests arriving
// together: the worst case) and for the cycles after it (200 devices online and syncing,
// jittered), errors, and lost mutations (acknowledged, yet not found on the server after).
import { DEMO_KELURAHAN } from '@shared/demo';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PullResponse, type PushResponse } from '@shared/sync/protocol';
import {
  TestDevice,
  householdValues,
  residentValues,
  visitValues,
} from '../../server/helpers/device';
import {
  fmt,
  freshPlace,
  kindsFromArgs,
  percentile,
  seed,
  serve,
  signInDevices,
  stopPostgres,
} from './lib';

const DEVICES = Number(process.env.DEVICES ?? 200);
const CYCLES = Number(process.env.CYCLES ?? 5);
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 2000);
const KELURAHAN = DEMO_KELURAHAN[0];
const WORKER_COUNTS = (process.env.WORKERS ?? '1').split(',').map(Number);

type Figures = {
  workers: number;
  p50: number;
  p99: number;
  errors: number;
  pushesPerSecond: number;
};
const summary: Figures[] = [];

type Sim = {
  device: TestDevice;
  /** Its Authorization header (a relawan of its RT; signed in before the server starts). */
  auth: { authorization: string };
  area: { kelurahanCode: string; rw: number; rt: number };
  cursor: string;
  households: string[];
  created: Map<string, string>; // household id → head name, acknowledged as applied
};

async function pull(url: string, sim: Sim, limit = 2000) {
  const query = new URLSearchParams({
    deviceId: sim.device.id,
    schemaVersion: String(SCHEMA_VERSION),
    kelurahan: KELURAHAN,
    rw: String(sim.area.rw),
    rt: String(sim.area.rt),
    limit: String(limit),
    ...(sim.cursor ? { cursor: sim.cursor } : {}),
  });
  const response = await fetch(`${url}/api/sync/pull?${query}`, { headers: sim.auth });
  if (!response.ok) throw new Error(`pull ${response.status}`);
  const page = (await response.json()) as PullResponse;
  sim.cursor = page.cursor;
  return page;
}

async function run(kind: 'pglite' | 'postgres', workers: number) {
  if (kind === 'pglite' && workers > 1) return console.log('pglite: one process only');
  const place = await freshPlace(kind);
  if (!place) return console.log(`${kind}: not available`);
  const label = workers > 1 ? `${kind} ×${workers}` : kind;
  await seed(place, [KELURAHAN]);
  const sims: Sim[] = Array.from({ length: DEVICES }, (_, i) => ({
    device: new TestDevice(null),
    auth: { authorization: '' },
    area: { kelurahanCode: KELURAHAN, rw: 1 + (i % 18), rt: 1 + (Math.floor(i / 18) % 7) },
    cursor: '',
    households: [],
    created: new Map(),
  }));
  // One device warms the server up; one checker (a lurah) downloads each RT again at the end.
  const warm = new TestDevice(null);
  const checker = new TestDevice(null);
  const kelurahan = { kelurahanCode: KELURAHAN, rw: null, rts: [] };
  const headers = await signInDevices(place, [
    ...sims.map((sim) => ({
      deviceId: sim.device.id,
      role: 'relawan' as const,
      area: { kelurahanCode: KELURAHAN, rw: sim.area.rw, rts: [sim.area.rt] },
    })),
    { deviceId: warm.id, role: 'lurah', area: kelurahan },
    { deviceId: checker.id, role: 'lurah', area: kelurahan },
  ]);
  sims.forEach((sim, i) => (sim.auth = headers[i]!));
  const [warmAuth, checkerAuth] = headers.slice(sims.length);
  const server = await serve(place, { WORKERS: String(workers) });
  const url = server.url;
  try {
    // Setup: each device downloads its RT.
    const setup = performance.now();
    let downloaded = 0;
    for (let i = 0; i < sims.length; i += 10) {
      await Promise.all(
        sims.slice(i, i + 10).map(async (sim) => {
          for (;;) {
            const page = await pull(url, sim);
            downloaded += page.changes.length;
            for (const c of page.changes) if (c.entity === 'household') sim.households.push(c.id);
            if (!page.hasMore) return;
          }
        }),
      );
    }
    const setupSeconds = (performance.now() - setup) / 1000;

    // Warm-up: a freshly started server compiles its code paths and reads its indexes from
    // disk on the first writes (measured: 4× the CPU per push); a server in service is warm.
    for (let i = 0; i < 100; i++) {
      const sim = sims[i % sims.length]!;
      const householdId = uuidv7();
      await fetch(`${url}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...warmAuth },
        body: JSON.stringify({
          deviceId: warm.id,
          schemaVersion: SCHEMA_VERSION,
          mutations: [warm.put('household', householdId, householdValues(sim.area, 900 + i))],
        }),
      });
    }

    // All at once.
    const burst: { push: number[]; pull: number[] } = { push: [], pull: [] };
    const steady: { push: number[]; pull: number[] } = { push: [], pull: [] };
    let errors = 0;
    const started = performance.now();
    await Promise.all(
      sims.map(async (sim) => {
        for (let cycle = 0; cycle < CYCLES; cycle++) {
          if (cycle > 0) await new Promise((r) => setTimeout(r, Math.random() * PAUSE_MS));
          const householdId = uuidv7();
          const headName = `Warga ${sim.device.id.slice(-6)} ${cycle}`;
          const mutations = [
            sim.device.put('household', householdId, {
              ...householdValues(sim.area, cycle),
              headName,
            }),
            sim.device.put('resident', uuidv7(), residentValues(householdId, sim.area, 1)),
            sim.device.put('resident', uuidv7(), residentValues(householdId, sim.area, 2)),
            sim.device.put('visit', uuidv7(), visitValues(householdId, sim.area)),
            sim.device.put('household', sim.households[cycle % sim.households.length]!, {
              note: `Dikunjungi ulang ${cycle}`,
            }),
          ];
          const latencies = cycle === 0 ? burst : steady;
          try {
            let t = performance.now();
            const response = await fetch(`${url}/api/sync/push`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...sim.auth },
              body: JSON.stringify({
                deviceId: sim.device.id,
                schemaVersion: SCHEMA_VERSION,
                mutations,
              }),
            });
            const body = (await response.json()) as PushResponse;
            latencies.push.push(performance.now() - t);
            if (!response.ok || body.results.some((r) => r.status !== 'applied')) {
              errors++;
              continue;
            }
            sim.created.set(householdId, headName);
            t = performance.now();
            let page: PullResponse;
            do page = await pull(url, sim);
            while (page.hasMore);
            latencies.pull.push(performance.now() - t);
          } catch {
            errors++;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // Lost: an acknowledged household that a fresh download of its RT does not bring.
    let lost = 0;
    for (const sim of sims) {
      const fresh: Sim = { ...sim, cursor: '', device: checker, auth: checkerAuth! };
      const found = new Map<string, unknown>();
      for (;;) {
        const page = await pull(url, fresh, 5000);
        for (const c of page.changes) found.set(c.id, c.values.headName);
        if (!page.hasMore) break;
      }
      for (const [id, name] of sim.created) if (found.get(id) !== name) lost++;
    }

    const line = (name: string, values: number[]) =>
      `${name} n=${values.length} p50 ${fmt(percentile(values, 50))} ms, p95 ${fmt(percentile(values, 95))} ms, ` +
      `p99 ${fmt(percentile(values, 99))} ms, max ${fmt(Math.max(...values))} ms`;
    const requests =
      burst.push.length + burst.pull.length + steady.push.length + steady.pull.length;
    console.log(
      `${label}: setup: ${DEVICES} RT downloads (${fmt(downloaded)} records, 10 at a time) in ${setupSeconds.toFixed(1)} s`,
    );
    console.log(
      `${label}: ${DEVICES} devices × ${CYCLES} cycles (pause 0–${PAUSE_MS} ms) in ${seconds.toFixed(1)} s: ` +
        `${fmt(requests / seconds)} requests/s; errors ${errors}; lost ${lost} (goal 0, 0)`,
    );
    console.log(`${label}:   first cycle, all at once: ${line('push', burst.push)}`);
    console.log(`${label}:   first cycle, all at once: ${line('pull', burst.pull)}`);
    console.log(`${label}:   later cycles, jittered:   ${line('push', steady.push)}`);
    console.log(`${label}:   later cycles, jittered:   ${line('pull', steady.pull)}`);
    console.log(
      `${label}:   later cycles, jittered:   ${line('all ', [...steady.push, ...steady.pull])} (goal p99 ≤ 500 ms)`,
    );
    const all = [...burst.push, ...burst.pull, ...steady.push, ...steady.pull];
    summary.push({
      workers,
      p50: percentile(all, 50),
      p99: percentile(all, 99),
      errors,
      pushesPerSecond: (burst.push.length + steady.push.length) / seconds,
    });
  } finally {
    await server.stop();
    await place.drop();
  }
}

for (const kind of kindsFromArgs()) for (const workers of WORKER_COUNTS) await run(kind, workers);
await stopPostgres();
if (summary.length > 1) {
  console.log(`\n${DEVICES} devices × ${CYCLES} cycles, every push and pull:`);
  console.log('| processes | p50 (ms) | p99 (ms) | errors | pushes/s |');
  console.log('| --------: | -------: | -------: | -----: | -------: |');
  for (const f of summary) {
    console.log(
      `| ${f.workers} | ${fmt(f.p50)} | ${fmt(f.p99)} | ${f.errors} | ${f.pushesPerSecond.toFixed(1)} |`,
    );
  }
}
