// Push ingest: how many mutations per second the server applies, over loopback HTTP.
//
//   npx tsx tests/bench/server/push-ingest.ts [pglite|postgres]
//
// Each run: a fresh database and server; 4 devices push at once, each 12 batches of 500
// mutations (new households, their residents, a dose each and a visit: every mutation is
// validated, merged and given a receipt). Printed: mutations/s of each run, and the median,
// counted twice: until the last push is answered, and until the RW's coverage answer counts
// every household (the coverage worker recomputes them after the pushes' commits).
import { uuidv7 } from '@shared/ids';
import type { RwCoverage } from '@shared/coverage/api';
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

type Rates = { answered: number; aggregated: number };

async function run(kind: 'pglite' | 'postgres'): Promise<Rates | null> {
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
    const answered = (performance.now() - started) / 1000;
    const households = (DEVICES * BATCHES * BATCH) / 8;
    for (;;) {
      const response = await fetch(
        `${server.url}/api/coverage/kelurahan/${AREA.kelurahanCode}/rw/${AREA.rw}`,
        { headers: auth[0]! },
      );
      const body = (await response.json()) as RwCoverage;
      if (!response.ok) throw new Error(`coverage: ${response.status} ${JSON.stringify(body)}`);
      if (body.total.households === households) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const aggregated = (performance.now() - started) / 1000;
    const mutations = DEVICES * BATCHES * BATCH;
    return { answered: mutations / answered, aggregated: mutations / aggregated };
  } finally {
    await server.stop();
    await place.drop();
  }
}

for (const kind of kindsFromArgs()) {
  const rates: Rates[] = [];
  for (let i = 0; i < RUNS; i++) {
    const rate = await run(kind);
    if (rate === null) break;
    rates.push(rate);
    console.log(
      `${kind}: run ${i + 1}: ${fmt(rate.answered)} mutations/s answered, ${fmt(rate.aggregated)} /s with the aggregates caught up`,
    );
  }
  if (rates.length) {
    const answered = median(rates.map((r) => r.answered));
    const aggregated = median(rates.map((r) => r.aggregated));
    console.log(
      `${kind}: push ingest, median of ${rates.length}: ${fmt(answered)} mutations/s answered (goal ≥ 5,000); ${fmt(aggregated)} /s with the aggregates caught up`,
    );
  } else console.log(`${kind}: not available`);
}
await stopPostgres();
