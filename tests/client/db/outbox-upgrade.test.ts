import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { allPending } from '@client/db/outbox';
import { DexieOutbox } from '@client/sync/dexie-outbox';
import { uuidv7 } from '@shared/ids';
import { compactHlc } from '@shared/sync/hlc';
import { VERSION_1_STORES, VERSION_2_STORES } from './old-versions';

/** A version 2 database as phones in the field have it: one outbox row per change. */
async function versionTwoWithPending(name: string, changes: number) {
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1_STORES);
  old.version(2).stores(VERSION_2_STORES);
  const entries = Array.from({ length: changes }, (_, i) => ({
    seq: i + 1,
    id: uuidv7(),
    entity: 'household',
    entityId: uuidv7(),
    op: 'put',
    values: { headName: `Kepala ${i + 1}` },
    hlc: `${String(i + 1).padStart(15, '0')}-000000-device`,
    createdAt: 1_700_000_000_000 + i,
  }));
  await old.table('outbox').bulkAdd(entries);
  old.close();
  return entries;
}

describe('database version 3: one outbox row per commit', () => {
  it('keeps every pending change of a version 2 phone, once and in order, and pushes them', async () => {
    const name = `v2-${uuidv7()}`;
    const entries = await versionTwoWithPending(name, 5);
    const db = new PintuDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(6); // and on to version 4 (search words), 5 (compact HLCs) and 6 (sealed records)
      expect(db.tables.map((t) => t.name)).not.toContain('outbox');
      expect(await db.countPending()).toBe(5);
      // As they were, their stamps in the compact form of version 4 (the same timestamps).
      expect(await allPending(db)).toEqual(entries.map((e) => ({ ...e, hlc: compactHlc(e.hlc) })));

      const sent: string[] = [];
      const outbox = new DexieOutbox(db);
      const batch = await outbox.peek(250);
      sent.push(...batch.map((m) => m.id));
      await outbox.settle(
        batch.map((m) => ({ id: m.id, seq: m.seq, status: 'applied' })),
        { records: [], absent: [] },
      );
      expect(sent).toEqual(entries.map((e) => e.id));
      expect(await db.countPending()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});
