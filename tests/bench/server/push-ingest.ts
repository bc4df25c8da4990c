// Push ingest: how many mutations per second the server applies, over loopback HTTP.
//
//   npx tsx tests/bench/server/push-ingest.ts [pglite|postgres]
//
// Each run: a fresh database and server; 4 devices push at once, each 12 batches of 500
// mutations (new households, their residents, a dose each and a visit: every mutation is
// validated, merged and given a receipt). Printed: mutations/s of each run, and the median.
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type Mutation, type PushResponse } from '@shared/sync/protocol';
import {
  AREA,
  TestDevice,
  doseValues,
  householdValues,
  residentValues,
  visitValues,
} from '../../server/helpers/device';
import { fmt, freshPlace, kindsFromArgs, median, serve, signInDevices, stopPostgres } from './lib';

const DEVICES = 4;
const BATCHES = 12;
const BATCH = 500;
const RUNS = 3;

function outbox(device: TestDevice): Mutation[] {
  const all: Mutation[] = [];
  let n = 0;
  while (all.length < BATCHES * BATCH) {
    const householdId = uuidv7();
    const area = { ...AREA, rt: 1 + (n % 20) };
    all.push(device.put('household', householdId, householdValues(area, n)));
    for (let r = 0; r < 3; r++) {
      const residentId = uuidv7();
      all.push(device.put('resident', residentId, residentValues(householdId, area, r)));
      all.push(device.put('dose', uuidv7(), doseValues(residentId, householdId, area)));
    }
    all.push(device.put('visit', uuidv7(), visitValues(householdId, area)));
    n++;
  }
  return all.slice(0, BATCHES * BATCH);
}

async function run(kind: 'pglite' | 'postgres'): Promise<number | null> {
  const place = await freshPlace(kind);
  if (!place) return null;
  const devices = Array.from({ length: DEVICES }, () => new TestDevice(null));
  const area = { kelurahanCode: AREA.kelurahanCode, rw: AREA.rw, rts: [] };
  const auth = await signInDevices(
    place,
    devices.map((d) => ({ deviceId: d.id, role: 'ketua-rw' as const, area })),
  );
  const server = await serve(place);
  try {
    const outboxes = devices.map(outbox);
    const started = performance.now();
    await Promise.all(
      devices.map(async (device, d) => {
        for (let b = 0; b < BATCHES; b++) {
          const mutations = outboxes[d]!.slice(b * BATCH, (b + 1) * BATCH);
          const response = await fetch(`${server.url}/api/sync/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...auth[d] },
            body: JSON.stringify({ deviceId: device.id, schemaVersion: SCHEMA_VERSION, mutations }),
          });
          const body = (await response.json()) as PushResponse;
          const applied = body.results?.filter((r) => r.status === 'applied').length;
          if (applied !== BATCH)
            throw new Error(`push: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return (DEVICES * BATCHES * BATCH) / seconds;
  } finally {
    await server.stop();
    await place.drop();
  }
}

for (const kind of kindsFromArgs()) {
  const rates: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const rate = await run(kind);
    if (rate === null) break;
    rates.push(rate);
    console.log(`${kind}: run ${i + 1}: ${fmt(rate)} mutations/s`);
  }
  if (rates.length) {
    console.log(
      `${kind}: push ingest, median of ${rates.length}: ${fmt(median(rates))} mutations/s (goal ≥ 5,000)`,
    );
  } else console.log(`${kind}: not available`);
}
await stopPostgres();
