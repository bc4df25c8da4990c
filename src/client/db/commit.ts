import {
  ENTITY_RULES,
  entityFieldNames,
  fieldsOf,
  type EntityName,
  type RecordMeta,
} from '@shared/domain/entities';
import { toFieldErrors, ValidationError } from '@shared/domain/validation';
import { uuidv7 } from '@shared/ids';
import { HlcClock } from '@shared/sync/hlc';
import type { Table } from 'dexie';
import type { PintuDb } from './db';
import { loadDeviceState, saveDeviceState } from './device';
import { addCommit } from './outbox';
import { withHouseholdWords, withResidentWords } from './search-words';
import { TABLE_OF, type OutboxEntry } from './schema';

/** A change the UI asks for: set some fields of a record (creating it if new), or delete it. */
export type LocalChange =
  | { entity: EntityName; op: 'put'; id: string; values: Record<string, unknown> }
  | { entity: EntityName; op: 'delete'; id: string };

type StoredRecord = RecordMeta & Record<string, unknown>;

/** Refused before anything was written: the record is missing, deleted, or may not change. */
export class ChangeRefusedError extends Error {
  override name = 'ChangeRefusedError';
}

/**
 * The one write path for field data: validates each record as it will be after the change,
 * stamps each changed field with a fresh HLC and writes the records with their changes (one
 * outbox row) in one Dexie transaction, so both are stored or neither. Everything is read up
 * front because awaiting non-Dexie promises inside the transaction commits it early.
 * A put writes only the fields it names, so a field a pull changed while a form was open is
 * not overwritten; changes that set no field to a new value are dropped.
 */
export async function commitChanges(
  db: PintuDb,
  changes: readonly LocalChange[],
  now: () => number = Date.now,
): Promise<OutboxEntry[]> {
  const entities = new Set(changes.map((c) => c.entity));
  for (const change of changes) {
    const parent = ENTITY_RULES[change.entity].parent;
    if (parent) entities.add(parent.entity);
  }
  const tables = [...entities].map((e) => tableOf(db, e));
  return db.transaction('rw', [...tables, db.outboxRows, db.meta], async () => {
    // Requests of one transaction run in order anyway; issuing them together saves the
    // round trips between this page and the browser's database process.
    const reading = Promise.all([loadDeviceState(db), readTouched(db, changes)]);
    // While the database reads, validate each put as if its record were new (most of an
    // import is): that validation then costs no time of its own. An edit of a stored record
    // is validated again below, merged with it.
    const validatedAsNew = changes.map((c) =>
      c.op === 'put' ? ENTITY_RULES[c.entity].schema.safeParse(c.values) : null,
    );
    const [device, { working, stored }] = await reading;
    const clock = new HlcClock(device.deviceId, device.lastHlc, now);
    const dirty = new Set<string>();
    const writes: Promise<unknown>[] = [];
    const entries: OutboxEntry[] = [];
    const createdAt = now();

    changes.forEach((change, i) => {
      const key = keyOf(change.entity, change.id);
      const current = working.get(key);
      const next =
        change.op === 'delete'
          ? deleteRecord(change.entity, current)
          : putRecord(working, stored, change, current, validatedAsNew[i]!);
      if (!next) return;
      // The edit follows the record as this phone shows it: stamped after each of its
      // fields' HLCs, whatever this phone's clock says (a slow clock would lose to them).
      for (const seen of Object.values(current?.hlc ?? {})) clock.observe(seen);
      const hlc = clock.next();
      for (const field of next.changedFields) next.record.hlc[field] = hlc;
      working.set(key, next.record);
      dirty.add(key);
      entries.push({
        seq: device.nextSeq++,
        id: uuidv7(createdAt),
        entity: change.entity,
        entityId: change.id,
        op: change.op,
        ...(change.op === 'put' ? { values: next.values } : {}),
        hlc,
        createdAt,
      });
      // Written as the loop goes, so the database stores these while the next are validated.
      // A failure is awaited below; until then it must not count as unhandled.
      if (dirty.size >= WRITE_EVERY) {
        const written = writeRecords(db, working, dirty);
        written.catch(() => undefined);
        writes.push(written);
      }
    });

    await Promise.all([
      ...writes,
      writeRecords(db, working, dirty),
      addCommit(db, entries),
      saveDeviceState(db, { ...device, lastHlc: clock.last }),
    ]);
    return entries;
  });
}

type NextRecord = {
  record: StoredRecord;
  changedFields: string[];
  values: Record<string, unknown>;
};

function deleteRecord(entity: EntityName, current: StoredRecord | undefined): NextRecord | null {
  const rule = ENTITY_RULES[entity];
  if (!current) throw new ChangeRefusedError(`Data ${rule.label} tidak ditemukan.`);
  if (!rule.deletable) throw new ChangeRefusedError(`Data ${rule.label} tidak dapat dihapus.`);
  if (current.deleted) return null;
  return {
    record: { ...current, deleted: true, hlc: { ...current.hlc } },
    changedFields: ['deleted'],
    values: {},
  };
}

function putRecord(
  working: Map<string, StoredRecord>,
  stored: Map<string, StoredRecord>,
  change: Extract<LocalChange, { op: 'put' }>,
  current: StoredRecord | undefined,
  /** The change's values validated alone: the record's validation when it is new. */
  validatedAsNew: ReturnType<(typeof ENTITY_RULES)[EntityName]['schema']['safeParse']>,
): NextRecord | null {
  const rule = ENTITY_RULES[change.entity];
  if (current?.deleted) throw new ChangeRefusedError(`Data ${rule.label} sudah dihapus.`);
  // An event stays as recorded; only fields it may gain later (a dose's proof) are set.
  if (
    current &&
    rule.appendOnly &&
    !Object.keys(change.values).every((f) => rule.amendable?.includes(f))
  ) {
    throw new ChangeRefusedError(`Data ${rule.label} yang sudah dicatat tidak dapat diubah.`);
  }
  const before = current ? fieldsOf(current) : {};
  const parsed = current ? rule.schema.safeParse({ ...before, ...change.values }) : validatedAsNew;
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
  if (rule.parent) checkParent(working, stored, change.entity, parsed.data);

  const values: Record<string, unknown> = {};
  const known = entityFieldNames(change.entity);
  for (const field of Object.keys(change.values)) {
    if (!known.has(field)) continue;
    const value = (parsed.data as Record<string, unknown>)[field] ?? null;
    if (!current || !sameValue(before[field] ?? null, value)) values[field] = value;
  }
  const changedFields = Object.keys(values);
  if (changedFields.length === 0) return null;
  return {
    record: { ...before, ...values, id: change.id, hlc: { ...(current?.hlc ?? {}) } },
    changedFields,
    values,
  };
}

/** A record belongs to an existing parent in the same area (a resident to its household, …). */
function checkParent(
  working: Map<string, StoredRecord>,
  stored: Map<string, StoredRecord>,
  entity: EntityName,
  fields: Record<string, unknown>,
): void {
  const parentRule = ENTITY_RULES[entity].parent!;
  const key = keyOf(parentRule.entity, fields[parentRule.field] as string);
  const parent = working.get(key) ?? stored.get(key);
  const label = ENTITY_RULES[parentRule.entity].label;
  if (!parent || parent.deleted) throw new ChangeRefusedError(`Data ${label} tidak ditemukan.`);
  if (
    parent.kelurahanCode !== fields.kelurahanCode ||
    parent.rw !== fields.rw ||
    parent.rt !== fields.rt
  ) {
    throw new ChangeRefusedError(`Wilayah (RT/RW) harus sama dengan ${label}-nya.`);
  }
}

/**
 * The records the changes touch (`working`) and the stored parents they name (`stored`), read
 * together. A put that does not name its parent (an edit of some fields) takes it from the
 * record as stored, which needs a second read.
 */
async function readTouched(db: PintuDb, changes: readonly LocalChange[]) {
  const parentOf = (c: LocalChange, from: Record<string, unknown> | undefined) => {
    const rule = ENTITY_RULES[c.entity].parent;
    const id = rule && c.op === 'put' ? from?.[rule.field] : undefined;
    return typeof id === 'string' ? ([rule!.entity, id] as [EntityName, string]) : null;
  };
  const wanted: [EntityName, string][] = changes.map((c) => [c.entity, c.id]);
  for (const c of changes) {
    const parent = parentOf(c, c.op === 'put' ? c.values : undefined);
    if (parent) wanted.push(parent);
  }
  const stored = await readRecords(db, wanted);
  const working = new Map<string, StoredRecord>();
  const later: [EntityName, string][] = [];
  for (const c of changes) {
    const key = keyOf(c.entity, c.id);
    const current = stored.get(key);
    if (current) working.set(key, current);
    const parent = parentOf(c, c.op === 'put' ? { ...current, ...c.values } : undefined);
    if (parent && !stored.has(keyOf(...parent))) later.push(parent);
  }
  if (later.length) for (const [k, v] of await readRecords(db, later)) stored.set(k, v);
  return { working, stored };
}

async function readRecords(db: PintuDb, keys: readonly [EntityName, string][]) {
  const found = new Map<string, StoredRecord>();
  const idsByEntity = new Map<EntityName, Set<string>>();
  for (const [entity, id] of keys) {
    const ids = idsByEntity.get(entity) ?? new Set<string>();
    ids.add(id);
    idsByEntity.set(entity, ids);
  }
  const read = async ([entity, ids]: [EntityName, Set<string>]) => {
    for (const row of await readByIds(tableOf(db, entity), ids))
      found.set(keyOf(entity, row.id), row);
  };
  await Promise.all(Array.from(idsByEntity, read));
  return found;
}

/**
 * The stored records among `ids`, in as few requests as the database answers without this
 * page's help (so the page can validate meanwhile): one `getAll` over the range from the
 * smallest id to the largest, which holds nothing else when the ids are new (an import: uuidv7
 * ids sort by creation time) or sit together (a batch's households), capped so a wide range
 * costs little; then one `get` each, all sent at once, for the ids past the cap.
 */
async function readByIds(table: Table<StoredRecord, string>, ids: Set<string>) {
  const sorted = [...ids].sort();
  const cap = 2 * sorted.length + 16;
  const inRange = await table
    .where(':id')
    .between(sorted[0]!, sorted[sorted.length - 1]!, true, true)
    .limit(cap)
    .toArray();
  const rows = inRange.filter((row) => ids.has(row.id));
  if (inRange.length < cap) return rows;
  const seenUpTo = inRange[inRange.length - 1]!.id;
  const rest = sorted.filter((id) => id > seenUpTo);
  for (const row of await table.bulkGet(rest)) if (row) rows.push(row);
  return rows;
}

/** Records changed since the last write are put once this many have gathered. */
const WRITE_EVERY = 100;

/** Puts the records named in `dirty`, as they are in `working` now, and empties `dirty`. */
function writeRecords(db: PintuDb, working: Map<string, StoredRecord>, dirty: Set<string>) {
  const byEntity = new Map<EntityName, StoredRecord[]>();
  for (const key of dirty) {
    const entity = key.slice(0, key.indexOf(':')) as EntityName;
    const list = byEntity.get(entity) ?? [];
    list.push(withIndexFields(entity, working.get(key)!));
    byEntity.set(entity, list);
  }
  dirty.clear();
  return Promise.all(
    Array.from(byEntity, ([entity, records]) => tableOf(db, entity).bulkPut(records)),
  );
}

/** Adds the device-only search fields a table indexes. Also used when pulled records land. */
export function withIndexFields(entity: EntityName, record: StoredRecord): StoredRecord {
  if (entity === 'household') return withHouseholdWords(record as never);
  if (entity === 'resident') return withResidentWords(record as never);
  return record;
}

export function tableOf(db: PintuDb, entity: EntityName): Table<StoredRecord, string> {
  return db.table(TABLE_OF[entity]);
}

function keyOf(entity: EntityName, id: string): string {
  return `${entity}:${id}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
