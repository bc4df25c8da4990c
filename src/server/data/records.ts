import { ENTITY_NAMES, type EntityName } from '@shared/domain/entities';
import type { Hlc } from '@shared/sync/hlc';
import type { Queryable } from '../db/database';

/** The table of each entity, in the order rows are locked (parents before children). */
export const TABLE_OF: Record<EntityName, string> = {
  household: 'households',
  resident: 'residents',
  isoman: 'isoman',
  dose: 'doses',
  visit: 'visits',
  followup: 'followups',
};
export const LOCK_ORDER: readonly EntityName[] = ENTITY_NAMES;

/** A field-data record as stored: fields and their HLCs, the area columns, the tombstone. */
export type StoredRecord = {
  entity: EntityName;
  id: string;
  kelurahanCode: string;
  rw: number;
  rt: number;
  fields: Record<string, unknown>;
  hlc: Record<string, Hlc>;
  deleted: boolean;
};

type RecordRow = {
  id: string;
  kelurahan_code: string;
  rw: number;
  rt: number;
  fields: Record<string, unknown>;
  hlc: Record<string, Hlc>;
  deleted: boolean;
};

const COLUMNS = 'id, kelurahan_code, rw, rt, fields, hlc, deleted';

/** The records with these ids, read without locks. */
export async function readRecords(
  tx: Queryable,
  entity: EntityName,
  ids: readonly string[],
): Promise<StoredRecord[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<RecordRow>(
    `SELECT ${COLUMNS} FROM ${TABLE_OF[entity]} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((row) => fromRow(entity, row));
}

/**
 * Locks ids that may not have a row yet (FOR UPDATE locks only rows that exist), until the
 * transaction ends: two requests creating the same record run one after the other, and the
 * second finds the first's row. Sorted, so concurrent callers take them in one order.
 */
export async function lockIds(tx: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `SELECT count(pg_advisory_xact_lock(k)) FROM
       (SELECT DISTINCT hashtextextended(id, 0) AS k FROM unnest($1::text[]) AS id ORDER BY 1) s`,
    [ids],
  );
}

/**
 * The records with these ids, of several entities in one statement, with row locks (FOR
 * UPDATE) held until the transaction ends, so two pushes touching one record merge one after
 * the other. Tables are read in LOCK_ORDER and rows in id order, so that concurrent pushes
 * take their locks in the same order.
 */
export async function lockRecords(
  tx: Queryable,
  ids: ReadonlyMap<EntityName, readonly string[]>,
): Promise<StoredRecord[]> {
  const entities = LOCK_ORDER.filter((e) => (ids.get(e)?.length ?? 0) > 0);
  if (entities.length === 0) return [];
  const ctes = entities.map(
    (e, i) =>
      `l_${e} AS (SELECT '${e}' AS entity, ${COLUMNS} FROM ${TABLE_OF[e]}
        WHERE id = ANY($${i + 1}::uuid[]) ORDER BY id FOR UPDATE)`,
  );
  const rows = await tx.query<RecordRow & { entity: EntityName }>(
    `WITH ${ctes.join(', ')} ${entities.map((e) => `SELECT * FROM l_${e}`).join(' UNION ALL ')}`,
    entities.map((e) => ids.get(e)),
  );
  return rows.map((row) => fromRow(row.entity, row));
}

/**
 * The doses of these residents, read without locks: the caller holds the residents' row
 * locks, which every push adding a dose to them takes too, so no dose can slip in meanwhile.
 * Found through doses_household (kelurahan_code, household_id).
 */
export async function readDosesOfResidents(
  tx: Queryable,
  residents: readonly StoredRecord[],
): Promise<StoredRecord[]> {
  if (residents.length === 0) return [];
  const rows = await tx.query<RecordRow>(
    `SELECT ${COLUMNS} FROM doses
     WHERE (kelurahan_code, household_id) IN
       (SELECT * FROM unnest($1::text[], $2::uuid[]))
       AND resident_id = ANY($3::uuid[])`,
    [
      residents.map((r) => r.kelurahanCode),
      residents.map((r) => String(r.fields.householdId)),
      residents.map((r) => r.id),
    ],
  );
  return rows.map((row) => fromRow('dose', row));
}

/**
 * The statement that inserts new records of an entity and overwrites changed ones (merged by
 * the caller), from a jsonb array in parameter `$param`. Every write stamps `txid` with the
 * writing transaction, which is what pulls order by.
 */
export function upsertStatement(entity: EntityName, param: number): string {
  return `INSERT INTO ${TABLE_OF[entity]} AS t (kelurahan_code, id, rw, rt, fields, hlc, deleted)
     SELECT r.kelurahan_code, r.id, r.rw, r.rt, r.fields, r.hlc, r.deleted
     FROM jsonb_to_recordset($${param}::jsonb) AS r(kelurahan_code text, id uuid, rw smallint,
       rt smallint, fields jsonb, hlc jsonb, deleted boolean)
     ON CONFLICT (id, kelurahan_code) DO UPDATE SET
       fields = excluded.fields, hlc = excluded.hlc, deleted = excluded.deleted,
       txid = pg_current_xact_id(), updated_at = now()`;
}

export async function writeRecords(
  tx: Queryable,
  entity: EntityName,
  records: readonly StoredRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await tx.query(upsertStatement(entity, 1), [JSON.stringify(records.map(toRow))]);
}

/** Bulk insert of records that may already be there (then left as they are): demo data. */
export async function insertRecordsIfAbsent(
  tx: Queryable,
  entity: EntityName,
  records: readonly StoredRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await tx.query(
    `INSERT INTO ${TABLE_OF[entity]} (kelurahan_code, id, rw, rt, fields, hlc, deleted)
     SELECT r.kelurahan_code, r.id, r.rw, r.rt, r.fields, r.hlc, r.deleted
     FROM jsonb_to_recordset($1::jsonb) AS r(kelurahan_code text, id uuid, rw smallint,
       rt smallint, fields jsonb, hlc jsonb, deleted boolean)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(records.map(toRow))],
  );
}

export function toRow(r: StoredRecord) {
  return {
    kelurahan_code: r.kelurahanCode,
    id: r.id,
    rw: r.rw,
    rt: r.rt,
    fields: r.fields,
    hlc: r.hlc,
    deleted: r.deleted,
  };
}

function fromRow(entity: EntityName, row: RecordRow): StoredRecord {
  return {
    entity,
    id: row.id,
    kelurahanCode: row.kelurahan_code,
    rw: row.rw,
    rt: row.rt,
    fields: row.fields,
    hlc: row.hlc,
    deleted: row.deleted,
  };
}
