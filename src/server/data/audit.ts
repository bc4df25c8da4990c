import type { AuditEntry } from '@shared/auth/api';
import type { ChangeLogEntry } from '@shared/changes/api';
import { householdAddress } from '@shared/domain/household-address';
import type { Queryable } from '../db/database';

/** One row of the audit table, as the push writes it (`at` is the transaction's time). */
export type AuditRow = {
  kelurahan_code: string;
  entity: string;
  entity_id: string;
  household_id: string;
  user_id: string | null;
  device_id: string;
  mutation_id: string;
  old: Record<string, unknown> | null;
  new: Record<string, unknown>;
};

/** The statement that inserts audit rows from a jsonb array of AuditRow in `$param`. */
export function insertAuditStatement(param: number): string {
  return `INSERT INTO audit (kelurahan_code, entity, entity_id, household_id, user_id, device_id,
       mutation_id, old, new)
     SELECT * FROM jsonb_to_recordset($${param}::jsonb) AS a(kelurahan_code text, entity text,
       entity_id uuid, household_id uuid, user_id uuid, device_id uuid, mutation_id uuid,
       old jsonb, new jsonb)`;
}

/**
 * The changes of a household and of every record under it (residents, doses, isoman, visits),
 * newest first, with the name of the user who made each (users, migration 004).
 */
export async function readHistory(q: Queryable, householdId: string): Promise<AuditEntry[]> {
  const rows = await q.query<{
    at: string;
    entity: string;
    entity_id: string;
    user_id: string | null;
    user_name: string | null;
    device_id: string;
    old: Record<string, unknown> | null;
    new: Record<string, unknown>;
  }>(
    `SELECT to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, a.entity,
       a.entity_id, a.user_id, u.name AS user_name, a.device_id, a.old, a.new
     FROM audit a LEFT JOIN users u ON u.id = a.user_id
     WHERE a.household_id = $1 ORDER BY a.at DESC, a.id DESC`,
    [householdId],
  );
  return rows.map((r) => ({
    at: r.at,
    entity: r.entity,
    entityId: r.entity_id,
    user: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
    deviceId: r.device_id,
    old: r.old,
    new: r.new,
  }));
}

/** Where a household is (or was last), whether deleted or not; null when unknown. */
export async function householdPlace(
  q: Queryable,
  householdId: string,
): Promise<{ kelurahanCode: string; rw: number; rt: number } | null> {
  const [row] = await q.query<{ kelurahan_code: string; rw: number; rt: number }>(
    'SELECT kelurahan_code, rw, rt FROM households WHERE id = $1',
    [householdId],
  );
  return row ? { kelurahanCode: row.kelurahan_code, rw: row.rw, rt: row.rt } : null;
}

/** What the change log is narrowed to, and where a page starts (the last id shown). */
export type ChangeLogQuery = {
  kelurahanCode: string;
  rw: number | null;
  userId: string | null;
  beforeId: number | null;
  limit: number;
};

/**
 * A page of the kelurahan's change log, newest first (by audit id), each row with the
 * household's place and address now. Rows of households that have since left the kelurahan
 * are not shown: their place is no longer the lurah's. The RW filter is the household's RW.
 */
export async function readChangeLog(
  q: Queryable,
  c: ChangeLogQuery,
): Promise<(ChangeLogEntry & { id: number })[]> {
  const rows = await q.query<{
    id: string;
    at: string;
    entity: string;
    entity_id: string;
    user_id: string | null;
    user_name: string | null;
    device_id: string;
    old: Record<string, unknown> | null;
    new: Record<string, unknown>;
    household_id: string;
    rw: number;
    rt: number;
    household: { street: string; houseNumber?: string | null };
  }>(
    `SELECT a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
       a.entity, a.entity_id, a.user_id, u.name AS user_name, a.device_id, a.old, a.new,
       a.household_id, h.rw, h.rt, h.fields AS household
     FROM audit a
     JOIN households h ON h.kelurahan_code = a.kelurahan_code AND h.id = a.household_id
     LEFT JOIN users u ON u.id = a.user_id
     WHERE a.kelurahan_code = $1 AND ($2::int IS NULL OR h.rw = $2)
       AND ($3::uuid IS NULL OR a.user_id = $3) AND ($4::bigint IS NULL OR a.id < $4)
     ORDER BY a.id DESC LIMIT $5`,
    [c.kelurahanCode, c.rw, c.userId, c.beforeId, c.limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    entity: r.entity,
    entityId: r.entity_id,
    user: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
    deviceId: r.device_id,
    old: r.old,
    new: r.new,
    householdId: r.household_id,
    rw: r.rw,
    rt: r.rt,
    address: householdAddress(r.household),
  }));
}

/** The RWs of the kelurahan with households (the households_pull_rw index answers it). */
export async function kelurahanRws(q: Queryable, kelurahanCode: string): Promise<number[]> {
  const rows = await q.query<{ rw: number }>(
    'SELECT DISTINCT rw FROM households WHERE kelurahan_code = $1 ORDER BY rw',
    [kelurahanCode],
  );
  return rows.map((r) => r.rw);
}

/** The people with an account in the kelurahan (or the RW), for the change log's filter. */
export async function changeLogPeople(
  q: Queryable,
  area: { kelurahanCode: string; rw: number | null },
): Promise<{ id: string; name: string }[]> {
  return q.query<{ id: string; name: string }>(
    `SELECT id, name FROM users
     WHERE kelurahan_code = $1 AND ($2::int IS NULL OR rw = $2 OR rw IS NULL)
     ORDER BY name, id`,
    [area.kelurahanCode, area.rw],
  );
}
