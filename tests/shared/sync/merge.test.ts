import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import { fieldStateOf, mergeFieldState, type FieldState } from '@shared/sync/merge';

/**
 * A write sets some fields of one record with one HLC. As in the real system, one HLC always
 * carries the same values (it names one mutation of one device), so writes are generated from
 * their HLC. States are what replicas hold after merging any subset of writes in any order.
 */
const FIELDS = ['name', 'rw', 'location', 'deleted'] as const;
const hlcArb = fc
  .record({
    wall: fc.integer({ min: 0, max: 30 }),
    counter: fc.integer({ min: 0, max: 2 }),
    node: fc.constantFrom('dev-a', 'dev-b', 'server'),
  })
  .map(formatHlc);

function valueOf(field: string, hlc: string): unknown {
  if (field === 'deleted') return true;
  if (field === 'location') return { lat: -6.2, lng: 107, accuracy: hlc.length, tag: hlc };
  return `${field}@${hlc}`;
}

const writeArb = fc
  .tuple(hlcArb, fc.subarray([...FIELDS], { minLength: 1 }))
  .map(([hlc, fields]) =>
    fieldStateOf(Object.fromEntries(fields.map((f) => [f, valueOf(f, hlc)])), hlc),
  );

const stateArb = fc.array(writeArb, { maxLength: 6 }).map((writes) => {
  let state: FieldState | undefined;
  for (const w of writes) state = mergeFieldState(state, w);
  return { values: state?.values ?? {}, hlc: state?.hlc ?? {} };
});

const merge = (a: FieldState, b: FieldState): FieldState => {
  const { values, hlc } = mergeFieldState(a, b);
  return { values, hlc };
};

describe('mergeFieldState', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(merge(a, b)).toEqual(merge(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: merging what is already there changes nothing', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(merge(a, a)).toEqual(a);
        const ab = merge(a, b);
        expect(merge(ab, b)).toEqual(ab);
        expect(mergeFieldState(ab, b).changed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('converges whatever order the writes arrive in', () => {
    fc.assert(
      fc.property(
        fc
          .array(writeArb, { minLength: 1, maxLength: 8 })
          .chain((writes) =>
            fc.tuple(
              fc.constant(writes),
              fc.shuffledSubarray(writes, { minLength: writes.length }),
            ),
          ),
        ([writes, shuffled]) => {
          const apply = (list: FieldState[]) =>
            list.reduce<FieldState | undefined>(
              (s, w) => merge(s ?? { values: {}, hlc: {} }, w),
              undefined,
            );
          expect(apply(shuffled)).toEqual(apply(writes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a tombstone whatever comes after or before it', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        fc.pre(a.values.deleted === true);
        expect(merge(a, b).values.deleted).toBe(true);
        expect(merge(b, a).values.deleted).toBe(true);
      }),
    );
    const deleted = fieldStateOf({ deleted: true }, formatHlc({ wall: 1, counter: 0, node: 'a' }));
    const undelete = fieldStateOf(
      { deleted: false },
      formatHlc({ wall: 9, counter: 0, node: 'b' }),
    );
    expect(merge(deleted, undelete).values.deleted).toBe(true);
  });

  it('lets the later write of each field win, field by field', () => {
    const early = formatHlc({ wall: 1, counter: 0, node: 'dev-a' });
    const late = formatHlc({ wall: 2, counter: 0, node: 'dev-b' });
    const local = fieldStateOf({ name: 'Budi', rw: 3 }, late);
    const remote: FieldState = {
      values: { name: 'Budi Santoso', street: 'Jl. Melati' },
      hlc: { name: early, street: early },
    };
    const result = mergeFieldState(local, remote);
    expect(result.values).toEqual({ name: 'Budi', rw: 3, street: 'Jl. Melati' });
    expect(result.changed).toEqual(['street']);
    expect(mergeFieldState(remote, local).values).toEqual(result.values);
  });

  it('ignores a value without an HLC', () => {
    const result = mergeFieldState(undefined, { values: { name: 'X' }, hlc: {} });
    expect(result).toEqual({ values: {}, hlc: {}, changed: [] });
  });
});
