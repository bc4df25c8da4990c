// Page side of write-residents.ts: runs in Chromium, imported through Vite.
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { withHouseholdWords, withResidentWords } from '@client/db/search-words';
import { generateKelurahan, mergeBatches, type DemoBatch } from '@shared/demo';
import { fieldsOf } from '@shared/domain/entities';
import { uuidv7 } from '@shared/ids';
import { formatHlc, parseHlc } from '@shared/sync/hlc';
import { rowOf, type OutboxChange } from '@shared/sync/outbox-rows';
import { openRawResidents, putAll } from './raw-residents';

let data: DemoBatch | null = null;
let run = 0;

/** Generates a kelurahan once (households and residents), as an import would bring them. */
export function prepare(
  kelurahanCode: string,
  rwCount: number,
): { households: number; residents: number } {
  data = mergeBatches(generateKelurahan({ kelurahanCode, seed: 1, today: '2026-11-23', rwCount }));
  return { households: data.households.length, residents: data.residents.length };
}

/** Writes the first `count` residents, one batch per call, into a database of its own. */
type Writer = { batches: number; write(batch: number): Promise<unknown>; close(): Promise<void> };

/**
 * Residents through `commitChanges`, `batchSize` per call (1 = one call per resident), into a
 * database that already holds their households (the parent check reads them).
 */
async function dataWriter(count: number, batchSize: number): Promise<Writer> {
  const db = new PintuDb(`bench-data-${run++}`);
  const residents = data!.residents.slice(0, count);
  for (const batch of chunks(changesOf('household', householdsOf(residents)), 2000))
    await commitChanges(db, batch);
  const batches = chunks(changesOf('resident', residents), batchSize);
  return {
    batches: batches.length,
    write: (k) => commitChanges(db, batches[k]!),
    async close() {
      if ((await db.residents.count()) !== count) throw new Error('not every resident was written');
      await db.delete();
    },
  };
}

/**
 * The same residents, as stored (with their search words, and their HLCs stamped by a device:
 * `commitChanges` stamps every field with this device's clock, whose node is the device's
 * uuid, where the generator writes "demo"), put straight into an IndexedDB object store with
 * the same indexes, one transaction per batch, into a database that holds the same households:
 * the floor for any data layer. With `withOutbox`, each batch also gets an outbox row of the
 * shape `commitChanges` writes (one row per commit holding each record's values and HLC) in an
 * outbox store with the same indexes: the writes the data layer's contract requires, so what
 * remains above it is the data layer's own work.
 */
async function rawWriter(count: number, batchSize: number, withOutbox: boolean): Promise<Writer> {
  const name = `bench-raw-${run++}`;
  const db = await openRawResidents(name);
  const deviceId = uuidv7();
  const stamp = <T extends { hlc: Record<string, string> }>(r: T) => ({
    ...r,
    hlc: stampedBy(deviceId, r.hlc),
  });
  const residents = data!.residents.slice(0, count).map(stamp);
  await putAll(db, 'households', householdsOf(residents).map(stamp).map(withHouseholdWords));
  const records = residents.map((r) => withResidentWords(r));
  const changes = residents.map((r, i) => ({
    seq: i + 1,
    id: crypto.randomUUID(),
    entity: 'resident',
    entityId: r.id,
    op: 'put',
    values: fieldsOf(r as never),
    hlc: r.hlc.name,
    createdAt: Date.now(),
  }));
  return {
    batches: Math.ceil(count / batchSize),
    write: (k) =>
      new Promise<void>((done, fail) => {
        const tx = db.transaction(['residents', 'outbox'], 'readwrite');
        const store = tx.objectStore('residents');
        const [start, end] = [k * batchSize, Math.min(count, (k + 1) * batchSize)];
        for (let j = start; j < end; j++) store.put(records[j]);
        if (withOutbox)
          tx.objectStore('outbox').add(rowOf(changes.slice(start, end) as OutboxChange[]));
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      }),
    async close() {
      db.close();
      await new Promise((done) => (indexedDB.deleteDatabase(name).onsuccess = done));
    },
  };
}

/** Every batch of one writer, timed (the households written before are not). */
async function timeAll(writer: Writer): Promise<number> {
  const start = performance.now();
  for (let k = 0; k < writer.batches; k++) await writer.write(k);
  const ms = performance.now() - start;
  await writer.close();
  return ms;
}

export async function dataLayer(count: number, batchSize: number): Promise<number> {
  return timeAll(await dataWriter(count, batchSize));
}

export async function rawPuts(
  count: number,
  batchSize: number,
  withOutbox = false,
): Promise<number> {
  return timeAll(await rawWriter(count, batchSize, withOutbox));
}

/**
 * The data layer, raw puts and raw puts with the outbox, each in its own database of one page,
 * taking turns batch by batch (in a rotating order): all three meet the same moments of a busy
 * machine, which separate browsers a minute apart do not. Returns each one's total time.
 */
export async function interleaved(
  count: number,
  batchSize: number,
): Promise<{ data: number; raw: number; rawOutbox: number }> {
  const writers = {
    data: await dataWriter(count, batchSize),
    raw: await rawWriter(count, batchSize, false),
    rawOutbox: await rawWriter(count, batchSize, true),
  };
  const names = ['data', 'raw', 'rawOutbox'] as const;
  const totals = { data: 0, raw: 0, rawOutbox: 0 };
  for (let k = 0; k < writers.data.batches; k++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(k + j) % names.length]!;
      const start = performance.now();
      await writers[name].write(k);
      totals[name] += performance.now() - start;
    }
  }
  for (const name of names) await writers[name].close();
  return totals;
}

const changesOf = (entity: 'household' | 'resident', records: { id: string }[]): LocalChange[] =>
  records.map((r) => ({ entity, op: 'put', id: r.id, values: fieldsOf(r as never) }));

function householdsOf(residents: readonly { householdId: string }[]) {
  const needed = new Set(residents.map((r) => r.householdId));
  return data!.households.filter((h) => needed.has(h.id));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The same clocks, as a device with this id would have stamped them. */
function stampedBy(node: string, hlc: Record<string, string>): Record<string, string> {
  const stamped: Record<string, string> = {};
  for (const [field, value] of Object.entries(hlc))
    stamped[field] = formatHlc({ ...parseHlc(value), node });
  return stamped;
}
