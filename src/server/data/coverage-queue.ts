import type { Queryable } from '../db/database';
import type { StoredRecord } from './records';

/** A household whose aggregates must be computed again, and where it lies. */
export type QueuedHousehold = { householdId: string; kelurahanCode: string };

/**
 * The households that written records belong to (a household itself, or the household a
 * resident, dose, isoman episode, visit or follow-up names), once each, sorted by id.
 */
export function householdsOfRecords(records: readonly StoredRecord[]): QueuedHousehold[] {
  const byId = new Map<string, string>();
  for (const r of records) {
    const id = r.entity === 'household' ? r.id : r.fields.householdId;
    if (typeof id === 'string') byId.set(id, r.kelurahanCode);
  }
  return [...byId]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([householdId, kelurahanCode]) => ({ householdId, kelurahanCode }));
}

/** INSERT of queued households from a jsonb array parameter: a CTE of the push's statement. */
export function queueHouseholdsStatement(param: number): string {
  return `INSERT INTO coverage_queue (kelurahan_code, household_id)
     SELECT kelurahan_code, household_id
     FROM jsonb_to_recordset($${param}::jsonb) AS q(kelurahan_code text, household_id uuid)`;
}

export function queueRows(households: readonly QueuedHousehold[]) {
  return households.map((h) => ({ kelurahan_code: h.kelurahanCode, household_id: h.householdId }));
}

/**
 * Takes up to `limit` of the oldest queue rows and deletes them, answering their households'
 * ids, distinct and sorted. The caller recomputes those households in the same transaction: if
 * it fails, the rows come back. Callers take turns (coverage/store.ts, lockWorkerRound), so no
 * other transaction holds queue rows: an empty answer means the queue is empty, which the
 * dashboards' wait relies on (a SKIP LOCKED here would answer empty while another process's
 * round still held rows).
 */
export async function takeQueuedHouseholds(tx: Queryable, limit: number): Promise<string[]> {
  const rows = await tx.query<{ household_id: string }>(
    `WITH taken AS (
       DELETE FROM coverage_queue WHERE seq IN
         (SELECT seq FROM coverage_queue ORDER BY seq LIMIT $1 FOR UPDATE)
       RETURNING household_id)
     SELECT DISTINCT household_id::text FROM taken ORDER BY 1`,
    [limit],
  );
  return rows.map((r) => r.household_id);
}

/** How many queue rows wait (a health figure; also the tests' way to see the queue drained). */
export async function queuedCount(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM coverage_queue');
  return row?.n ?? 0;
}
