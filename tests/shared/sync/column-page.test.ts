import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import { decodeColumns, encodeColumns, packId, unpackId } from '@shared/sync/column-page';
import type { RecordChange } from '@shared/sync/protocol';

const AT = '19aafba180000000.lsuTNIzMmAs';

describe('pull pages in columns', () => {
  it('packs a UUID into 22 characters and back; anything else stays as it is', () => {
    for (const id of [
      uuidv7(),
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
    ]) {
      const packed = packId(id);
      expect(packed).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(unpackId(packed)).toBe(id);
    }
    for (const id of ['rumah-1', 'ABCDEF00-0000-7000-8000-000000000000', '']) {
      expect(unpackId(packId(id))).toBe(id);
    }
  });

  it('gives back every record, in the page order, with exactly its fields, clocks and tombstone', () => {
    const household = uuidv7();
    const resident = uuidv7();
    const outside = uuidv7();
    const changes: RecordChange[] = [
      {
        entity: 'household',
        id: household,
        values: { kelurahanCode: '32.75.01.1001', rw: 1, rt: 2, street: 'Jl. Melati', note: null },
        hlc: { street: '19aafba190000000.lsuTNIzMmAs' },
        at: AT,
        deleted: false,
      },
      {
        entity: 'resident',
        id: resident,
        values: {
          householdId: household,
          name: 'Siti',
          nik: null,
          location: { lat: -6.2, lng: 107 },
        },
        hlc: {},
        at: AT,
        deleted: false,
      },
      // A resident of a household outside the page, one without a field the other has, a
      // record whose clocks are all listed (no `at`), a deleted one, an id that is no UUID.
      {
        entity: 'resident',
        id: uuidv7(),
        values: { householdId: outside, name: 'Budi' },
        hlc: { householdId: AT, name: AT, deleted: AT },
        deleted: true,
      },
      {
        entity: 'household',
        id: 'legacy-1',
        values: { kelurahanCode: '32.75.01.1001', rw: 1, rt: 2, street: 'Jl. Mawar', note: 'x' },
        hlc: {},
        at: AT,
        deleted: false,
      },
      {
        entity: 'dose',
        id: uuidv7(),
        values: { residentId: resident, householdId: household, date: '2022-01-11' },
        hlc: {},
        at: AT,
        deleted: false,
      },
    ];
    const wire = JSON.parse(JSON.stringify(encodeColumns(changes)));
    expect(wire.tables.map((t: { entity: string }) => t.entity)).toEqual([
      'household',
      'resident',
      'dose',
    ]);
    // Ids of records in the page go as their number; the household outside, packed.
    const residents = wire.tables[1];
    expect(residents.columns[residents.fields.indexOf('householdId')]).toEqual([
      0,
      packId(outside),
    ]);
    expect(decodeColumns(wire)).toEqual(changes);
  });

  it("sends a clock whose wall time is the record id's without it, and gives it back", () => {
    const made = Date.UTC(2026, 10, 30, 9, 15);
    const id = uuidv7(made);
    const at = formatHlc({ wall: made, counter: 3, node: 'lsuTNIzMmAs' });
    const later = formatHlc({ wall: made + 1, counter: 0, node: 'lsuTNIzMmAs' });
    const changes: RecordChange[] = [
      { entity: 'household', id, values: { rw: 1, rt: 2 }, hlc: {}, at, deleted: false },
      {
        entity: 'household',
        id: uuidv7(made),
        values: { rw: 1 },
        hlc: {},
        at: later,
        deleted: false,
      },
    ];
    const wire = JSON.parse(JSON.stringify(encodeColumns(changes)));
    expect(wire.tables[0].at).toEqual(['^00003.lsuTNIzMmAs', later]);
    expect(decodeColumns(wire)).toEqual(changes);
  });

  it('a page of no records', () => {
    expect(decodeColumns(JSON.parse(JSON.stringify(encodeColumns([]))))).toEqual([]);
  });
});
