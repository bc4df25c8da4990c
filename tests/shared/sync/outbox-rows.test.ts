import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changesOf,
  renumberRows,
  rowOf,
  settleRows,
  withoutRecords,
  type OutboxChange,
  type OutboxRow,
} from '@shared/sync/outbox-rows';
import type { MutationResult } from '@shared/sync/protocol';

const change = (seq: number, entityId = `r${seq}`): OutboxChange => ({
  id: `m${seq}`,
  seq,
  entity: 'resident',
  entityId,
  op: 'put',
  values: { name: `Warga ${seq}` },
  hlc: `hlc-${seq}`,
  createdAt: 1_700_000_000_000,
});

/** Rows of the given sizes, numbered from 1 without gaps. */
function rows(...sizes: number[]): OutboxRow[] {
  let seq = 1;
  return sizes.map((n) => rowOf(Array.from({ length: n }, () => change(seq++))));
}

const answer = (c: OutboxChange, status: MutationResult['status'] = 'applied'): MutationResult => ({
  id: c.id,
  seq: c.seq,
  status,
  ...(status === 'rejected' ? { reason: 'NIK tidak valid.' } : {}),
});

const seqs = (list: readonly { seq: number }[]) => list.map((c) => c.seq);
const NOW = 1_700_000_500_000;

describe('outbox rows: one row per commit, sent as single mutations', () => {
  it('a row is keyed by its first change and lists the records it touches once', () => {
    const row = rowOf([change(7, 'h1'), change(8, 'h1'), change(9, 'r2')]);
    expect(row).toMatchObject({ seq: 7, size: 3, entityIds: ['h1', 'r2'] });
    expect(() => rowOf([])).toThrow();
  });

  it('hands out the oldest changes in order, across rows, up to the limit', () => {
    expect(seqs(changesOf(rows(2, 3, 1), 4))).toEqual([1, 2, 3, 4]);
    expect(seqs(changesOf(rows(2, 3, 1)))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('settling part of a row keeps the rest under the same key; a settled row goes', () => {
    const [first, second] = rows(3, 2);
    const answers = [...first!.changes, second!.changes[0]!].map((c) => answer(c));
    const { put, remove, rejected } = settleRows([first!, second!], answers, NOW);
    expect(remove).toEqual([1]);
    expect(put).toHaveLength(1);
    expect(put[0]).toMatchObject({ seq: 4, size: 1, entityIds: ['r5'] });
    expect(seqs(put[0]!.changes)).toEqual([5]);
    expect(rejected).toEqual([]);
  });

  it('a rejected change leaves the outbox with its reason; a duplicate of a rejected one too', () => {
    const [row] = rows(4);
    const [a, b, c, d] = row!.changes;
    const { put, remove, rejected } = settleRows(
      [row!],
      [
        answer(a!),
        answer(b!, 'rejected'),
        { ...answer(c!, 'duplicate'), originalStatus: 'rejected', reason: 'Di luar wilayah.' },
        { id: d!.id, seq: d!.seq, status: 'rejected' }, // no reason given
      ],
      NOW,
    );
    expect(remove).toEqual([1]);
    expect(put).toEqual([]);
    expect(rejected.map((r) => [r.seq, r.reason, r.rejectedAt])).toEqual([
      [2, 'NIK tidak valid.', NOW],
      [3, 'Di luar wilayah.', NOW],
      [4, 'Ditolak server.', NOW],
    ]);
    expect(rejected[0]).toMatchObject({ id: b!.id, values: b!.values });
  });

  it('answers for changes no longer there change nothing', () => {
    const { put, remove, rejected } = settleRows(rows(2), [answer(change(40))], NOW);
    expect([put, remove, rejected]).toEqual([[], [], []]);
  });

  it('renumbering keeps the rows and their order, from the number the server expects', () => {
    const { rows: renumbered, nextSeq } = renumberRows(rows(2, 1), 10);
    expect(renumbered.map((r) => [r.seq, seqs(r.changes)])).toEqual([
      [10, [10, 11]],
      [12, [12]],
    ]);
    expect(nextSeq).toBe(13);
    expect(renumbered[0]!.changes[0]!.id).toBe('m1');
  });

  it("drops a record's changes (it left the area) and returns them", () => {
    const row = rowOf([change(1, 'h1'), change(2, 'r1'), change(3, 'h1')]);
    const { put, remove, dropped } = withoutRecords(
      [row, rowOf([change(4, 'h1')])],
      new Set(['h1']),
    );
    expect(seqs(dropped)).toEqual([1, 3, 4]);
    expect(remove).toEqual([4]);
    expect(put).toEqual([{ seq: 1, size: 1, changes: [change(2, 'r1')], entityIds: ['r1'] }]);
  });

  it('any answers to any prefix: every change is pending or answered, once, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.array(fc.constantFrom('applied', 'duplicate', 'rejected' as const)),
        (sizes, cut, statuses) => {
          const before = rows(...sizes);
          const all = changesOf(before);
          const answered = all.slice(0, cut % (all.length + 1));
          const results = answered.map((c, i) => answer(c, statuses[i] ?? 'applied'));
          const { put, remove, rejected } = settleRows(before, results, NOW);
          // The store's rows after writing `put` and deleting `remove`.
          const after = new Map(before.map((r) => [r.seq, r]));
          for (const key of remove) after.delete(key);
          for (const row of put) after.set(row.seq, row);
          const left = changesOf([...after.values()].sort((a, b) => a.seq - b.seq));
          expect(seqs(left)).toEqual(seqs(all.slice(answered.length)));
          expect(seqs(rejected)).toEqual(
            seqs(answered.filter((_, i) => statuses[i] === 'rejected')),
          );
          for (const row of after.values()) expect(row.size).toBe(row.changes.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
