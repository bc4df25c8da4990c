// Page side of write-residents.ts: runs in Chromium, imported through Vite.
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { withResidentWords } from '@client/db/search-words';
import { generateKelurahan, mergeBatches, type DemoBatch } from '@shared/demo';
import { fieldsOf } from '@shared/domain/entities';
import { openRawResidents } from './raw-residents';
import { rowOf, type OutboxChange } from '@shared/sync/outbox-rows';

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

const changesOf = (entity: 'household' | 'resident', records: { id: string }[]): LocalChange[] =>
  records.map((r) => ({ entity, op: 'put', id: r.id, values: fieldsOf(r as never) }));

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Residents through `commitChanges` in batches of `batchSize` (1 = one call per resident),
 * into a database that already holds their households (the parent check reads them).
 * Returns the time of the resident writes only.
 */
export async function dataLayer(count: number, batchSize: number): Promise<number> {
  const db = new PintuDb(`bench-data-${run++}`);
  const residents = data!.residents.slice(0, count);
  const needed = new Set(residents.map((r) => r.householdId));
  const households = data!.households.filter((h) => needed.has(h.id));
  for (const batch of chunks(changesOf('household', households), 2000))
    await commitChanges(db, batch);
  const batches = chunks(changesOf('resident', residents), batchSize);
  const start = performance.now();
  for (const batch of batches) await commitChanges(db, batch);
  const ms = performance.now() - start;
  if ((await db.residents.count()) !== count) throw new Error('not every resident was written');
  await db.delete();
  return ms;
}

/**
 * The same residents, as stored (with their search words), put straight into an IndexedDB
 * object store with the same indexes, one transaction per batch: the floor for any data layer.
 * With `withOutbox`, each batch also gets an outbox row of the shape `commitChanges` writes
 * (one row per commit holding each record's values and HLC) in an outbox store with the same
 * indexes: the writes the data layer's contract requires, so what remains above it is the
 * data layer's own work.
 */
export async function rawPuts(
  count: number,
  batchSize: number,
  withOutbox = false,
): Promise<number> {
  const name = `bench-raw-${run++}`;
  const db = await openRawResidents(name);
  const residents = data!.residents.slice(0, count);
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
  const start = performance.now();
  for (let i = 0; i < count; i += batchSize) {
    await new Promise<void>((done, fail) => {
      const tx = db.transaction(['residents', 'outbox'], 'readwrite');
      const store = tx.objectStore('residents');
      const outbox = tx.objectStore('outbox');
      const end = Math.min(count, i + batchSize);
      for (let j = i; j < end; j++) store.put(records[j]);
      if (withOutbox) outbox.add(rowOf(changes.slice(i, end) as OutboxChange[]));
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
  }
  const ms = performance.now() - start;
  db.close();
  await new Promise((done) => (indexedDB.deleteDatabase(name).onsuccess = done));
  return ms;
}
