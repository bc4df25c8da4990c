import type { Mutation, MutationResult } from './protocol';

/**
 * The outbox as rows of changes: one row per local commit, holding all of its changes.
 *
 * IndexedDB pays per row far more than per byte (tests/bench/client/outbox-shapes.ts). The
 * push protocol sends single mutations; these pure functions turn rows into mutations and
 * back, so the page (Dexie) and the service worker (raw IndexedDB) change rows the same way.
 *
 * A row's key is the sequence number of its first change when it was written. Settling the
 * head of a row leaves the rest under the same key, so rows stay in order and never collide
 * (a new commit's first number is past every number handed out before).
 */

/** A pending change: the mutation as it will be sent, plus when it was made. */
export type OutboxChange = Mutation & { createdAt: number };

export type OutboxRow = {
  seq: number;
  /** How many changes the row holds (indexed: the pending count reads keys only). */
  size: number;
  changes: OutboxChange[];
  /** The records the changes touch (multi-entry index: pending changes of a record). */
  entityIds: string[];
};

/** One commit's changes (consecutive sequence numbers) as a row. */
export function rowOf(changes: readonly OutboxChange[]): OutboxRow {
  if (changes.length === 0) throw new Error('an outbox row holds at least one change');
  return {
    seq: changes[0]!.seq,
    size: changes.length,
    changes: [...changes],
    entityIds: [...new Set(changes.map((c) => c.entityId))],
  };
}

/** The rows' changes in sequence order, at most `limit`. Rows must come in key order. */
export function changesOf(rows: readonly OutboxRow[], limit = Infinity): OutboxChange[] {
  const out: OutboxChange[] = [];
  for (const row of rows) {
    for (const change of row.changes) {
      if (out.length >= limit) return out;
      out.push(change);
    }
  }
  return out;
}

/** A mutation as sent: the change without its local time. */
export function toMutation({ createdAt: _createdAt, ...mutation }: OutboxChange): Mutation {
  return mutation;
}

/** What a store must write to apply a change to its rows: rows to put back, keys to delete. */
export type RowWrites = { put: OutboxRow[]; remove: number[] };

/** A change the server refused, as the "Ditolak" list keeps it; never deleted silently. */
export type RejectedChange = OutboxChange & { reason: string; rejectedAt: number };

/**
 * The server's answers applied to the head rows: every answered change leaves its row (a row
 * left empty is deleted, a row left with changes is put back under its key); rejected ones,
 * and applied ones a later edit superseded, come back with the server's reason and
 * `rejectedAt`, ready for the "Ditolak" list. Answers
 * for changes not in `rows` (settled already, by another tab or the service worker) change
 * nothing.
 */
export function settleRows(
  rows: readonly OutboxRow[],
  results: readonly MutationResult[],
  rejectedAt: number,
): RowWrites & { rejected: RejectedChange[] } {
  const answers = new Map(results.map((r) => [r.id, r]));
  const rejected: RejectedChange[] = [];
  const writes = keepChanges(rows, (change) => {
    const result = answers.get(change.id);
    if (!result) return true;
    if (isRejected(result) || result.superseded?.length) {
      rejected.push({ ...change, reason: result.reason ?? 'Ditolak server.', rejectedAt });
    }
    return false;
  });
  return { ...writes, rejected };
}

/**
 * The changes renumbered from `seq` in order, one row per former row, each under its new
 * first number. The store clears its rows and puts these (no key survives).
 */
export function renumberRows(
  rows: readonly OutboxRow[],
  seq: number,
): { rows: OutboxRow[]; nextSeq: number } {
  let next = seq;
  const renumbered = rows.map((row) => rowOf(row.changes.map((c) => ({ ...c, seq: next++ }))));
  return { rows: renumbered, nextSeq: next };
}

/**
 * The rows without the changes of the given records (a record that left the device's area),
 * and those changes, for the "Ditolak" list.
 */
export function withoutRecords(
  rows: readonly OutboxRow[],
  entityIds: ReadonlySet<string>,
): RowWrites & { dropped: OutboxChange[] } {
  const dropped: OutboxChange[] = [];
  const writes = keepChanges(rows, (change) => {
    if (!entityIds.has(change.entityId)) return true;
    dropped.push(change);
    return false;
  });
  return { ...writes, dropped };
}

/** Rows whose changes `keep` refuses are rewritten (or deleted when empty); others untouched. */
function keepChanges(rows: readonly OutboxRow[], keep: (c: OutboxChange) => boolean): RowWrites {
  const put: OutboxRow[] = [];
  const remove: number[] = [];
  for (const row of rows) {
    const kept = row.changes.filter(keep);
    if (kept.length === row.changes.length) continue;
    if (kept.length === 0) remove.push(row.seq);
    else put.push({ ...rowOf(kept), seq: row.seq });
  }
  return { put, remove };
}

/** Rejected now, or rejected the first time and answered again as a duplicate. */
export function isRejected(result: MutationResult): boolean {
  return result.status === 'rejected' || result.originalStatus === 'rejected';
}
