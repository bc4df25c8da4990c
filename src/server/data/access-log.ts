import type { AccessKind, AccessLogEntry } from '@shared/auth/access-log';
import type { Queryable } from '../db/database';

export type AccessRecord = {
  userId: string;
  deviceId: string;
  what: AccessKind;
  kelurahanCode: string | null;
  rw: number | null;
  detail: Record<string, unknown>;
};

/** Writes one row of the access log (migration 009). */
export async function insertAccess(q: Queryable, r: AccessRecord): Promise<void> {
  await q.query(
    `INSERT INTO access_log (user_id, device_id, what, kelurahan_code, rw, detail)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [r.userId, r.deviceId, r.what, r.kelurahanCode, r.rw, JSON.stringify(r.detail)],
  );
}

/** A page of the log, newest first, older than `before` (an id) when given. */
export async function readAccessLog(
  q: Queryable,
  page: { limit: number; before?: number | undefined },
): Promise<AccessLogEntry[]> {
  const rows = await q.query<{
    id: string | number;
    at: string;
    user_id: string;
    user_name: string | null;
    device_id: string;
    what: AccessKind;
    kelurahan_code: string | null;
    rw: number | null;
    detail: Record<string, unknown>;
  }>(
    `SELECT a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, a.user_id, u.name AS user_name, a.device_id, a.what, a.kelurahan_code,
       a.rw, a.detail
     FROM access_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE ($1::bigint IS NULL OR a.id < $1)
     ORDER BY a.id DESC
     LIMIT $2`,
    [page.before ?? null, page.limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    user: { id: r.user_id, name: r.user_name },
    deviceId: r.device_id,
    what: r.what,
    kelurahanCode: r.kelurahan_code,
    rw: r.rw,
    detail: r.detail,
  }));
}
