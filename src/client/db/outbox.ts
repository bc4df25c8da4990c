import {
  changesOf,
  rowOf,
  withoutRecords,
  type OutboxChange,
  type OutboxRow,
  type RowWrites,
} from '@shared/sync/outbox-rows';
import type { PintuDb } from './db';

/**
 * The page's outbox: pending changes kept as one row per commit (src/shared/sync/outbox-rows.ts
 * says why and how). Every function here runs inside the caller's transaction when there is
 * one, which must include `outboxRows`.
 */

/** One commit's changes as one row; nothing for an empty commit. */
export async function addCommit(db: PintuDb, changes: readonly OutboxChange[]): Promise<void> {
  if (changes.length > 0) await db.outboxRows.add(rowOf(changes));
}

/** The oldest rows, in order, until they hold at least `changes` changes (or all of them). */
export async function headRows(db: PintuDb, changes: number): Promise<OutboxRow[]> {
  let held = 0;
  return db.outboxRows
    .orderBy('seq')
    .until((row) => (held += row.size) >= changes, true)
    .toArray();
}

/** Every pending change, in sequence order. */
export async function allPending(db: PintuDb): Promise<OutboxChange[]> {
  return changesOf(await db.outboxRows.orderBy('seq').toArray());
}

/** The pending changes of the given records, in sequence order. */
export async function pendingOf(
  db: PintuDb,
  entityIds: readonly string[],
): Promise<OutboxChange[]> {
  const wanted = new Set(entityIds);
  return changesOf(await rowsTouching(db, entityIds)).filter((c) => wanted.has(c.entityId));
}

/** Takes the given records' changes out of the outbox and returns them. */
export async function takePendingOf(
  db: PintuDb,
  entityIds: readonly string[],
): Promise<OutboxChange[]> {
  const rows = await rowsTouching(db, entityIds);
  const { dropped, ...writes } = withoutRecords(rows, new Set(entityIds));
  await writeRows(db, writes);
  return dropped;
}

/** The rows holding a change of any of the given records, in key order. */
async function rowsTouching(db: PintuDb, entityIds: readonly string[]): Promise<OutboxRow[]> {
  if (entityIds.length === 0) return [];
  const rows = await db.outboxRows.where('entityIds').anyOf(entityIds).distinct().toArray();
  return rows.sort((a, b) => a.seq - b.seq);
}

/** Puts back the rewritten rows and deletes the emptied ones. */
export async function writeRows(db: PintuDb, { put, remove }: RowWrites): Promise<void> {
  await Promise.all([db.outboxRows.bulkPut(put), db.outboxRows.bulkDelete(remove)]);
}
