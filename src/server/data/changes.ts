import type { EntityName } from '@shared/domain/entities';
import type { RecordChange } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import { LOCK_ORDER, TABLE_OF } from './records';

/** Which rows a pull reads: a kelurahan, or an RW, or some RTs of it, strictly after `after`. */
export type ChangeRange = {
  kelurahanCode: string;
  rw?: number | undefined;
  rts?: readonly number[] | undefined;
  after: { txid: string; id: string };
  /** Only these entities (what an older app knows); all by default. */
  entities?: readonly EntityName[] | undefined;
};

export type Change = RecordChange & { txid: string };

export type ChangePage = {
  /** Up to `limit` rows, in (txid, id) order. */
  changes: Change[];
};

/**
 * The application_name of the coverage upkeep's transactions (the worker's rounds, the daily
 * rebuild): they write aggregates only, never a record a pull reads, so they need not hold
 * the watermark back. Set with `markAggregatesOnly` as the transaction's first statement.
 */
const AGGREGATES_ONLY = 'pintu-aggregates-only';

/** Marks the current transaction as one that writes no record (see AGGREGATES_ONLY). */
export async function markAggregatesOnly(tx: Queryable): Promise<void> {
  await tx.query(`SELECT set_config('application_name', $1, true)`, [AGGREGATES_ONLY]);
}

/**
 * The transactions of the current snapshot that may write this database's records: every
 * running one, except those of sessions connected to another database of the same server (a
 * PostgreSQL snapshot spans the whole server; a session can only write its own database) and
 * those marked aggregates-only. A transaction that ended between the snapshot and the read of
 * `pg_stat_activity` is kept: its rows are not in the snapshot, so it must still hold the
 * watermark back.
 */
const OWN_RUNNING_XIDS = `
  SELECT x FROM pg_snapshot_xip(pg_current_snapshot()) AS x
  WHERE NOT EXISTS (
    SELECT 1 FROM pg_stat_activity a
    WHERE a.backend_xid IS NOT NULL
      AND (a.datid IS DISTINCT FROM (SELECT oid FROM pg_database WHERE datname = current_database())
        OR a.application_name = '${AGGREGATES_ONLY}')
      AND a.backend_xid::text::bigint = x::text::bigint % 4294967296)`;

/**
 * The pull watermark: the oldest transaction that may still write rows here, or the first
 * unassigned transaction id when none runs. Rows below it can no longer appear.
 */
const WATERMARK = `COALESCE((SELECT min(o.x) FROM (${OWN_RUNNING_XIDS}) AS o),
  pg_snapshot_xmax(pg_current_snapshot()))`;

/** The range's condition on each table; $1–$3 are the kelurahan and the cursor, RW and RTs are appended. */
function rangeWhere(range: ChangeRange, params: unknown[]): string {
  let where =
    'kelurahan_code = $1 AND (txid, id) > ($2::xid8, $3::uuid) AND txid < (SELECT w FROM w)';
  if (range.rw !== undefined) {
    params.push(range.rw);
    where += ` AND rw = $${params.length}`;
  }
  if (range.rts !== undefined) {
    params.push(range.rts);
    where += ` AND rt = ANY($${params.length}::smallint[])`;
  }
  return where;
}

/**
 * The next `limit` changed records of the range across all tables, in one statement, so in
 * one snapshot: its watermark is the oldest transaction that may still write here and was
 * running when the snapshot was taken (`WATERMARK`), and only rows with a smaller txid are
 * read. Every transaction below it has ended, so no row with a smaller txid can appear later.
 */
export async function readChangePage(
  q: Queryable,
  range: ChangeRange,
  limit: number,
): Promise<ChangePage> {
  const params: unknown[] = [range.kelurahanCode, range.after.txid, range.after.id, limit];
  const where = rangeWhere(range, params);
  const parts = (range.entities ?? LOCK_ORDER).map(
    (entity) =>
      `(SELECT '${entity}' AS entity, id, fields, hlc, deleted, txid FROM ${TABLE_OF[entity]}
        WHERE ${where} ORDER BY txid, id LIMIT $4)`,
  );
  const rows = await q.query<{
    entity: EntityName;
    id: string;
    fields: Record<string, unknown>;
    hlc: Record<string, string>;
    deleted: boolean;
    txid: string;
  }>(
    `WITH w AS (SELECT ${WATERMARK} AS w)
     SELECT u.entity, u.id, u.fields, u.hlc, u.deleted, u.txid::text AS txid
     FROM (${parts.join(' UNION ALL ')}) AS u ORDER BY u.txid, u.id LIMIT $4`,
    params,
  );
  return {
    changes: rows.map((r) => ({
      entity: r.entity,
      id: r.id,
      values: r.fields,
      hlc: r.hlc,
      deleted: r.deleted,
      txid: r.txid,
    })),
  };
}

/**
 * How many rows of the range lie below the watermark now: a download's size, for the
 * progress bar. Asked only when a download's first page is full (a smaller one is the whole
 * download); its own statement, so rows committed since that page may be counted too.
 */
export async function countChanges(q: Queryable, range: ChangeRange): Promise<number> {
  const params: unknown[] = [range.kelurahanCode, range.after.txid, range.after.id];
  const where = rangeWhere(range, params);
  const counts = (range.entities ?? LOCK_ORDER).map(
    (e) => `(SELECT count(*) FROM ${TABLE_OF[e]} WHERE ${where})`,
  );
  const [row] = await q.query<{ total: number }>(
    `WITH w AS (SELECT ${WATERMARK} AS w) SELECT (${counts.join(' + ')})::int AS total`,
    params,
  );
  return row?.total ?? 0;
}
