import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';
import { fieldClocks, withRecordClock } from '@shared/sync/record-clock';

const stamp = fc
  .record({ wall: fc.integer({ min: 0, max: 5 }), node: fc.constantFrom('a', 'b') })
  .map(({ wall, node }) => formatHlc({ wall, counter: 0, node }));
const fieldName = fc.constantFrom('name', 'nik', 'phone', 'rt', 'rw', 'deleted', 'note');

/** Records as the server may hold them: some fields with no stamp, stamps of no field. */
const record = fc
  .record({
    values: fc.dictionary(
      fieldName.filter((f) => f !== 'deleted'),
      fc.string({ maxLength: 2 }),
    ),
    hlc: fc.dictionary(fieldName, stamp),
    deleted: fc.boolean(),
  })
  .map((r): RecordChange => ({ entity: 'resident', id: 'x', ...r }));

describe('one clock per record on the wire', () => {
  it('gives back exactly the stamps it was made from, whatever the record', () => {
    fc.assert(
      fc.property(record, (change) => {
        const sent = JSON.parse(JSON.stringify(withRecordClock(change))) as RecordChange;
        expect(fieldClocks(sent)).toEqual(change.hlc);
        expect(sent.values).toEqual(change.values);
        expect(sent.deleted).toBe(change.deleted);
      }),
      { numRuns: 2000 },
    );
  });

  it('sends a record made by one change with its stamp once', () => {
    const at = formatHlc({ wall: 1_763_884_800_000, counter: 0, node: 'lsuTNIzMmAs' });
    const later = formatHlc({ wall: 1_763_884_900_000, counter: 0, node: 'server' });
    const change: RecordChange = {
      entity: 'household',
      id: 'x',
      values: { street: 'Jl. Melati', headName: 'Budi', rt: 5 },
      hlc: { street: at, headName: later, rt: at, deleted: at },
      deleted: true,
    };
    const sent = withRecordClock(change);
    expect(sent.at).toBe(at);
    expect(sent.hlc).toEqual({ headName: later, deleted: at }); // `deleted` is no field: kept
    expect(fieldClocks(sent)).toEqual(change.hlc);
  });

  it('leaves a record with a field of no stamp as it is', () => {
    const at = formatHlc({ wall: 1, counter: 0, node: 'a' });
    const change: RecordChange = {
      entity: 'household',
      id: 'x',
      values: { street: 'Jl. Melati', headName: 'Budi', rt: 5 },
      hlc: { street: at, headName: at },
      deleted: false,
    };
    expect(withRecordClock(change)).toBe(change);
  });
});
