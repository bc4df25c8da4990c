import type { EntityName } from '@shared/domain/entities';
import type { RecordChange } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import { LOCK_ORDER, TABLE_OF } from './records';

/** Which rows a pull reads: an area, strictly after `after` and strictly below `watermark`. */
export type ChangeRange = {
  kelurahanCode: string;
  rw?: number | undefined;
  rt?: number | undefined;
  after: { txid: string; id: string };
  watermark: string;
};

export type Change = RecordChange & { txid: string };

/**
 * The oldest transaction still running when this transaction's snapshot was taken. Every
 * transaction with a smaller id has ended, so no row with a smaller txid can still appear.
 */
export async function readWatermark(tx: Queryable): Promise<string> {
  const [row] = await tx.query<{ w: string }>(
    'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS w',
  );
  return row!.w;
}

/** Ids of the transactions running right now. */
export async function runningTransactions(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ xid: string }>(
    'SELECT pg_snapshot_xip(pg_current_snapshot())::text AS xid',
  );
  return rows.map((r) => r.xid);
}

/** Whether any of these transactions is still running. */
export async function anyRunning(q: Queryable, xids: readonly string[]): Promise<boolean> {
  const [row] = await q.query<{ running: boolean | null }>(
    `SELECT bool_or(pg_xact_status(x::xid8) = 'in progress') AS running
     FROM unnest($1::text[]) AS x`,
    [xids],
  );
  return row?.running === true;
}

function where(range: ChangeRange): { sql: string; params: unknown[] } {
  const params: unknown[] = [range.kelurahanCode, range.after.txid, range.after.id, range.watermark];
  let sql = 'kelurahan_code = $1 AND (txid, id) > ($2::xid8, $3::uuid) AND txid < $4::xid8';
  if (range.rw !== undefined) {
    params.push(range.rw);
    sql += ` AND rw = $${params.length}`;
  }
  if (range.rt !== undefined) {
    params.push(range.rt);
    sql += ` AND rt = $${params.length}`;
  }
  return { sql, params };
}

/** The next `limit` changed records of the range, in (txid, id) order, across all tables. */
export async function readChanges(
  tx: Queryable,
  range: ChangeRange,
  limit: number,
): Promise<Change[]> {
  const { sql, params } = where(range);
  params.push(limit);
  const limitParam = `$${params.length}`;
  const parts = LOCK_ORDER.map(
    (entity) =>
      `(SELECT '${entity}' AS entity, id, fields, hlc, deleted, txid FROM ${TABLE_OF[entity]}
        WHERE ${sql} ORDER BY txid, id LIMIT ${limitParam})`,
  );
  const rows = await tx.query<{
    entity: EntityName;
    id: string;
    fields: Record<string, unknown>;
    hlc: Record<string, string>;
    deleted: boolean;
    txid: string;
  }>(
    `SELECT entity, id, fields, hlc, deleted, txid::text AS txid
     FROM (${parts.join(' UNION ALL ')}) AS u ORDER BY u.txid, u.id LIMIT ${limitParam}`,
    params,
  );
  return rows.map((r) => ({
    entity: r.entity,
    id: r.id,
    values: r.fields,
    hlc: r.hlc,
    deleted: r.deleted,
    txid: r.txid,
  }));
}

/** How many records of the range there are (the size of a download, for its progress bar). */
export async function countChanges(tx: Queryable, range: ChangeRange): Promise<number> {
  const { sql, params } = where(range);
  const parts = LOCK_ORDER.map((e) => `(SELECT count(*) FROM ${TABLE_OF[e]} WHERE ${sql})`);
  const [row] = await tx.query<{ n: number }>(`SELECT (${parts.join(' + ')})::int AS n`, params);
  return row!.n;
}
