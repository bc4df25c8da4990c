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

/**
 * The records with these ids. `lock` takes row locks (FOR UPDATE, in id order) that hold
 * until the transaction ends, so two pushes touching one record merge one after the other.
 */
export async function readRecords(
  tx: Queryable,
  entity: EntityName,
  ids: readonly string[],
  lock = false,
): Promise<StoredRecord[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<RecordRow>(
    `SELECT ${COLUMNS} FROM ${TABLE_OF[entity]} WHERE id = ANY($1::uuid[])
     ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
    [ids],
  );
  return rows.map((row) => fromRow(entity, row));
}

/**
 * Inserts new records and overwrites changed ones (the caller merged them). Every write
 * stamps `txid` with the writing transaction, which is what pulls order by.
 */
export async function writeRecords(
  tx: Queryable,
  entity: EntityName,
  records: readonly StoredRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await tx.query(
    `INSERT INTO ${TABLE_OF[entity]} AS t (kelurahan_code, id, rw, rt, fields, hlc, deleted)
     SELECT r.kelurahan_code, r.id, r.rw, r.rt, r.fields, r.hlc, r.deleted
     FROM jsonb_to_recordset($1::jsonb) AS r(kelurahan_code text, id uuid, rw smallint,
       rt smallint, fields jsonb, hlc jsonb, deleted boolean)
     ON CONFLICT (id, kelurahan_code) DO UPDATE SET
       fields = excluded.fields, hlc = excluded.hlc, deleted = excluded.deleted,
       txid = pg_current_xact_id(), updated_at = now()`,
    [JSON.stringify(records.map(toRow))],
  );
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

function toRow(r: StoredRecord) {
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
