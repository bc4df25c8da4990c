import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { uuidv7 } from '@shared/ids';
import { ValidationError } from '@shared/domain/validation';

const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
let db: PintuDb;

beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function household(id = uuidv7()) {
  return {
    entity: 'household' as const,
    op: 'put' as const,
    id,
    values: { ...area, street: 'Jl. Melati', houseNumber: '12', headName: 'Budi Santoso' },
  };
}

describe('commitChanges', () => {
  it('writes the record and an outbox entry with consecutive sequence numbers', async () => {
    const a = household();
    const b = household();
    await commitChanges(db, [a]);
    await commitChanges(db, [b]);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.seq, e.entityId])).toEqual([
      [1, a.id],
      [2, b.id],
    ]);
    const stored = await db.households.get(a.id);
    expect(stored?.headName).toBe('Budi Santoso');
    expect(stored?.searchWords).toEqual(expect.arrayContaining(['budi', 'santoso', 'melati']));
    expect(Object.keys(stored!.hlc).sort()).toEqual(
      ['headName', 'houseNumber', 'kelurahanCode', 'rt', 'rw', 'street'].sort(),
    );
  });

  it('writes neither record nor outbox when a later change in the batch is invalid', async () => {
    const h = household();
    const badResident = {
      entity: 'resident' as const,
      op: 'put' as const,
      id: uuidv7(),
      values: { householdId: h.id, ...area, name: '' },
    };
    await expect(commitChanges(db, [h, badResident])).rejects.toBeInstanceOf(ValidationError);
    expect(await db.households.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes no record when the outbox write fails', async () => {
    // A stray outbox entry holding the next sequence number makes the outbox write fail.
    await db.outbox.add({
      seq: 1,
      id: uuidv7(),
      entity: 'household',
      entityId: uuidv7(),
      op: 'delete',
      hlc: '000000000000001-000000-x',
      createdAt: 0,
    });
    await expect(commitChanges(db, [household()])).rejects.toThrow();
    expect(await db.households.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('sends only the fields that changed, and nothing when nothing changed', async () => {
    const h = household();
    await commitChanges(db, [h]);
    await commitChanges(db, [{ ...h, values: { ...h.values, headName: 'Budi S.' } }]);
    await commitChanges(db, [{ ...h, values: { ...h.values, headName: 'Budi S.' } }]);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox[1]!.values).toEqual({ headName: 'Budi S.' });
  });
});
