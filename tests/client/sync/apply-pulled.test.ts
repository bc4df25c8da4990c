import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { applyPulledPage } from '@client/sync/apply-pulled';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';
import { addHousehold, AREA, residentFields } from '../features/fixtures';

let db: PintuDb;

beforeEach(() => {
  db = new PintuDb(`apply-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

/** A later clock than any this device handed out: the server's, or another phone's. */
const later = formatHlc({ wall: Date.now() + 60_000, counter: 0, node: 'server' });

function serverCopy(entity: RecordChange['entity'], row: Record<string, unknown>): RecordChange {
  const { id, hlc, deleted: _d, searchWords: _s, nameWords: _n, ...values } = row;
  return {
    entity,
    id: id as string,
    values,
    hlc: hlc as Record<string, string>,
    deleted: false,
  };
}

describe('applyPulledPage', () => {
  it('takes a mixed page as the server sent it, keeping pending local fields and deletes', async () => {
    const householdId = await addHousehold(db);
    const residentId = uuidv7();
    await commitChanges(db, [
      { entity: 'resident', op: 'put', id: residentId, values: residentFields(householdId) },
    ]);
    const household = serverCopy('household', (await db.households.get(householdId))!);
    const resident = serverCopy('resident', (await db.residents.get(residentId))!);
    await db.outboxRows.clear(); // as if pushed and acknowledged
    // Not yet pushed: the resident's name changed, the household deleted.
    await commitChanges(db, [
      { entity: 'resident', op: 'put', id: residentId, values: { name: 'Siti Rahayu' } },
      { entity: 'household', op: 'delete', id: householdId },
    ]);
    const newcomer = uuidv7();
    const page: RecordChange[] = [
      {
        ...household,
        values: { ...household.values, street: 'Jl. Mawar' },
        hlc: { ...household.hlc, street: later },
      },
      {
        ...resident,
        values: { ...resident.values, name: 'Siti Aminah Server', relation: 'anak' },
        hlc: { ...resident.hlc, name: later, relation: later },
      },
      {
        entity: 'household',
        id: newcomer,
        values: { ...AREA, street: 'Jl. Kenanga', houseNumber: '7', headName: 'Joko Widodo' },
        hlc: { kelurahanCode: later, rw: later, rt: later, street: later, houseNumber: later },
        deleted: false,
      },
    ];
    let cursorSaved = false;
    await applyPulledPage(db, page, async () => {
      cursorSaved = true;
    });

    const h = (await db.households.get(householdId))!;
    expect(h.street).toBe('Jl. Mawar');
    expect(h.deleted).toBe(true);
    const r = (await db.residents.get(residentId))!;
    expect(r.name).toBe('Siti Rahayu');
    expect(r.relation).toBe('anak');
    expect(r.hlc.relation).toBe(later);
    expect(r.hlc.name).not.toBe(later);
    // The words as written and their spelling keys ("rahayu" is also "rahaiu").
    expect(r.nameWords).toEqual(['siti', 'rahayu', 'rahaiu']);
    expect((await db.households.get(newcomer))!.searchWords).toContain('kenanga');
    expect(cursorSaved).toBe(true);
    // A local edit made now sorts after everything pulled, so it wins the merge.
    await commitChanges(db, [
      { entity: 'household', op: 'put', id: newcomer, values: { street: 'Jl. Anggrek' } },
    ]);
    expect((await db.households.get(newcomer))!.hlc.street! > later).toBe(true);
  });

  it('writes nothing of a page whose cursor could not be saved', async () => {
    const id = uuidv7();
    const page: RecordChange[] = [
      {
        entity: 'household',
        id,
        values: { ...AREA, street: 'Jl. Kenanga', houseNumber: '7', headName: 'Joko Widodo' },
        hlc: { kelurahanCode: later, rw: later, rt: later, street: later, houseNumber: later },
        deleted: false,
      },
    ];
    await expect(
      applyPulledPage(db, page, async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.households.get(id)).toBeUndefined();
  });
});
