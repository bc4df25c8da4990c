// Push CPU cost: push() called in-process on an in-memory PGlite (no HTTP, no token check), so
// the server's work and the database's run on this one thread; prints the CPU time per
// mutation, which a machine shared with other work disturbs less than a rate does.
//
//   npx tsx tests/bench/server/push-cpu.ts
//
// Each run: a fresh database; one ketua RW device pushes 12 batches of 500 mutations (new
// households, residents, a dose each, a visit), as in push-ingest.ts. Printed: µs of CPU per
// mutation and the wall-clock rate of each run, then the medians.
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type Mutation } from '@shared/sync/protocol';
import { migrate } from '@server/db/migrate';
import { openPglite } from '@server/db/pglite';
import type { Actor } from '@server/sync/actor';
import { push } from '@server/sync/push';
import {
  AREA,
  TestDevice,
  doseValues,
  householdValues,
  residentValues,
  visitValues,
} from '../../server/helpers/device';
import { fmt, median } from './lib';

const BATCHES = 12;
const BATCH = 500;
const RUNS = 5;

function outbox(device: TestDevice): Mutation[] {
  const all: Mutation[] = [];
  for (let n = 0; all.length < BATCHES * BATCH; n++) {
    const householdId = uuidv7();
    const area = { ...AREA, rt: 1 + (n % 20) };
    all.push(device.put('household', householdId, householdValues(area, n)));
    for (let r = 0; r < 3; r++) {
      const residentId = uuidv7();
      all.push(device.put('resident', residentId, residentValues(householdId, area, r)));
      all.push(device.put('dose', uuidv7(), doseValues(residentId, householdId, area)));
    }
    all.push(device.put('visit', uuidv7(), visitValues(householdId, area)));
  }
  return all.slice(0, BATCHES * BATCH);
}

const cpu: number[] = [];
const rates: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const db = await openPglite();
  await migrate(db);
  const device = new TestDevice(null);
  const actor: Actor = {
    deviceId: device.id,
    user: {
      id: uuidv7(),
      name: 'Ketua RW',
      role: 'ketua-rw',
      area: { kelurahanCode: AREA.kelurahanCode, rw: AREA.rw, rts: [] },
    },
  };
  const mutations = outbox(device);
  const startCpu = process.cpuUsage();
  const started = performance.now();
  for (let b = 0; b < BATCHES; b++) {
    const batch = mutations.slice(b * BATCH, (b + 1) * BATCH);
    const answer = await push(db, actor, {
      deviceId: device.id,
      schemaVersion: SCHEMA_VERSION,
      mutations: batch,
    });
    if (answer.results.some((r) => r.status !== 'applied')) throw new Error('not applied');
  }
  const used = process.cpuUsage(startCpu);
  const seconds = (performance.now() - started) / 1000;
  await db.close();
  const perMutation = (used.user + used.system) / mutations.length;
  cpu.push(perMutation);
  rates.push(mutations.length / seconds);
  console.log(
    `run ${run}: ${perMutation.toFixed(0)} µs CPU per mutation, ${fmt(mutations.length / seconds)} mutations/s`,
  );
}
console.log(
  `push in-process on PGlite, median of ${RUNS}: ${median(cpu).toFixed(0)} µs CPU per mutation, ${fmt(median(rates))} mutations/s`,
);
