import { ENTITY_RULES, type EntityName } from '@shared/domain/entities';
import type { Mutation, PushResponse, RecordChange } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import { readRecords, type StoredRecord } from '../data/records';
import { refuseWrite, type Actor } from './actor';
import type { WorkingSet } from './apply';

/** Why an applied change is listed under "Ditolak" when a later edit kept its fields. */
export const SUPERSEDED_REASON =
  'Tidak dipakai: data ini sudah diubah lebih baru di perangkat lain. Periksa lalu ubah lagi bila perlu.';

/**
 * The fields an applied put set that kept another value with a later stamp (another phone's
 * newer edit). The same value kept under another stamp is no loss; nor is an event (visit,
 * dose) sent again. A dose's proof, which may be set later, can lose to another phone's.
 */
export function supersededFields(m: Mutation, stamp: string, after: StoredRecord): string[] {
  const rule = ENTITY_RULES[m.entity];
  if (m.op !== 'put' || (rule.appendOnly && !rule.amendable)) return [];
  return Object.entries(m.values ?? {})
    .filter(([f]) => after.hlc[f] !== undefined && after.hlc[f] !== stamp)
    .filter(
      ([f, value]) => JSON.stringify(after.fields[f] ?? null) !== JSON.stringify(value ?? null),
    )
    .map(([f]) => f);
}

/**
 * Whether the device that sent `m` may hold something else than the server now: the mutation
 * was rejected or a duplicate (the device laid it over its record, the server did not apply
 * it now), or it was applied but a field lost the merge, or its delete's stamp did. Its
 * record goes back in the answer; a pull would not bring it, since nothing on the server
 * changed.
 */
export function deviceMayDiffer(
  m: Mutation,
  stamp: string,
  status: 'applied' | 'rejected' | 'duplicate',
  after: StoredRecord | undefined,
): boolean {
  if (status !== 'applied' || !after) return true;
  if (m.op === 'delete') return after.hlc.deleted !== stamp;
  return supersededFields(m, stamp, after).length > 0;
}

/**
 * The answer's `records` and `absent` (schema version 3): the server's state, at the end of
 * the batch, of the records named, those inside the sender's area; `absent` names those the
 * server does not hold at all (a rejected new record).
 */
export async function currentRecords(
  tx: Queryable,
  working: WorkingSet,
  named: ReadonlyMap<string, EntityName>,
  actor: Actor,
): Promise<Required<Pick<PushResponse, 'records' | 'absent'>>> {
  const found = new Map<string, StoredRecord>();
  const toRead = new Map<EntityName, string[]>();
  for (const [id, entity] of named) {
    const held = working.records.get(id);
    if (held?.entity === entity) found.set(id, held);
    else toRead.set(entity, [...(toRead.get(entity) ?? []), id]);
  }
  for (const [entity, ids] of toRead) {
    for (const record of await readRecords(tx, entity, ids)) found.set(record.id, record);
  }
  const records: RecordChange[] = [];
  const absent: { entity: EntityName; id: string }[] = [];
  for (const [id, entity] of named) {
    const record = found.get(id);
    if (!record) absent.push({ entity, id });
    else if (refuseWrite(actor, record) === null) records.push(changeOf(record));
  }
  return { records, absent };
}

function changeOf(r: StoredRecord): RecordChange {
  return { entity: r.entity, id: r.id, values: r.fields, hlc: r.hlc, deleted: r.deleted };
}
