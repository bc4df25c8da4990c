// Page side of outbox-shapes.ts: runs in Chromium, imported through Vite.
import { withResidentWords } from '@client/db/search-words';
import { generateKelurahan, mergeBatches } from '@shared/demo';
import { fieldsOf } from '@shared/domain/entities';
import type { ResidentRecord } from '@shared/domain/entities';
import { openRawResidents } from './raw-residents';

export type Shape = 'none' | 'entry-per-change' | 'reference-per-change' | 'entry-per-commit';

let residents: ResidentRecord[] = [];

/** Generates a kelurahan's residents once; returns how many. */
export function prepare(kelurahanCode: string, rwCount: number): number {
  residents = mergeBatches(
    generateKelurahan({ kelurahanCode, seed: 1, today: '2026-11-23', rwCount }),
  ).residents;
  return residents.length;
}

/**
 * Raw puts of the residents as stored (the resident store's indexes), `batchSize` per
 * transaction, with the outbox in one of these shapes in the same transaction:
 * - `none`: no outbox (the floor);
 * - `entry-per-change`: one row per change carrying its values (database version 2);
 * - `reference-per-change`: one row per change naming its fields, values read at push time;
 * - `entry-per-commit`: one row per transaction holding all its changes with their values,
 *   indexed by every record id it touches and its size (what `commitChanges` writes since
 *   database version 3).
 * Returns the milliseconds of the writes.
 */
export async function writeWith(shape: Shape, batchSize: number): Promise<number> {
  const grouped = shape === 'entry-per-commit';
  const db = await openRawResidents(`outbox-${shape}`, grouped ? 'per-commit' : 'per-change');
  const records = residents.map((r) => withResidentWords(r));
  const changes = residents.map((r, i) => {
    const values = fieldsOf(r as never);
    return {
      seq: i + 1,
      id: crypto.randomUUID(),
      entity: 'resident',
      entityId: r.id,
      op: 'put',
      ...(shape === 'reference-per-change' ? { fields: Object.keys(values) } : { values }),
      hlc: r.hlc.name,
      createdAt: Date.now(),
    };
  });
  const start = performance.now();
  for (let i = 0; i < records.length; i += batchSize) {
    const end = Math.min(records.length, i + batchSize);
    await new Promise<void>((done, fail) => {
      const tx = db.transaction(['residents', 'outbox'], 'readwrite');
      const store = tx.objectStore('residents');
      const outbox = tx.objectStore('outbox');
      for (let j = i; j < end; j++) {
        store.put(records[j]);
        if (shape === 'entry-per-change' || shape === 'reference-per-change')
          outbox.add(changes[j]);
      }
      if (grouped) {
        const group = changes.slice(i, end);
        outbox.add({
          seq: i + 1,
          size: group.length,
          changes: group,
          entityIds: group.map((c) => c.entityId),
        });
      }
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
  }
  const ms = performance.now() - start;
  db.close();
  return ms;
}
