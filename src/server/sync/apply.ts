import { ENTITY_RULES, entityFieldNames, type EntityName } from '@shared/domain/entities';
import { toFieldErrors } from '@shared/domain/validation';
import { compareHlc, formatHlc, maxHlc, parseHlc, type Hlc } from '@shared/sync/hlc';
import { fieldStateOf, mergeFieldState } from '@shared/sync/merge';
import type { Mutation } from '@shared/sync/protocol';
import type { Area } from '@shared/wilayah/wilayah';
import type { HouseholdMove } from '../data/moves';
import type { StoredRecord } from '../data/records';
import { refuseMove, refuseWrite, type Actor } from './actor';
import { answerProblem } from './answer-checks';

/** How far ahead of the server's clock a device's HLC may run; later ones are pulled back. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

/** The records a batch reads and writes, by id, which of them changed, and moved households. */
export type WorkingSet = {
  records: Map<string, StoredRecord>;
  dirty: Set<string>;
  /** Households moved to another place; their stored children follow (data/moves.ts). */
  moves: HouseholdMove[];
};

export type Outcome =
  | { status: 'applied'; kelurahanCode: string }
  | { status: 'rejected'; reason: string; kelurahanCode: string | null };

/** A child's area and parent are fixed when it is made; it moves only with its household. */
const AREA_FIELDS = ['kelurahanCode', 'rw', 'rt'] as const;

/**
 * Applies one mutation to the working set, or says why not (in Indonesian, for the
 * volunteer's "Ditolak" list). A rejected mutation leaves the working set untouched.
 */
export function applyMutation(
  working: WorkingSet,
  m: Mutation,
  actor: Actor,
  now: number,
): Outcome {
  const rule = ENTITY_RULES[m.entity];
  const current = working.records.get(m.entityId);
  const reject = (reason: string): Outcome => ({
    status: 'rejected',
    reason,
    kelurahanCode: current?.kelurahanCode ?? areaOf(m.values)?.kelurahanCode ?? null,
  });
  // The stored row first: a record outside the area is refused whatever the change.
  const storedRefused = current ? refuseWrite(actor, current) : null;
  if (storedRefused) return reject(storedRefused);
  if (current && current.entity !== m.entity) return reject('ID data sudah dipakai data lain.');
  const at = clampHlc(m.hlc, now);

  if (m.op === 'delete') {
    if (!rule.deletable) return reject(`Data ${rule.label} tidak dapat dihapus.`);
    if (!current) return reject(`Data ${rule.label} tidak ditemukan.`);
    // A second delete of a tombstone changes no value, but the merge keeps the later stamp:
    // it is saved too, so the server holds the HLC every device's merge arrives at.
    const next = merge(current, { deleted: true }, at);
    if (!current.deleted || next.hlc.deleted !== current.hlc.deleted) save(working, next);
    return { status: 'applied', kelurahanCode: current.kelurahanCode };
  }

  const values = knownFields(m.entity, m.values);
  if (!values) return reject('Perubahan tidak berisi data.');
  if (current?.deleted) return reject(`Data ${rule.label} sudah dihapus.`);
  if (current) {
    // A household may move (checked below, after the merge); a child follows its parent.
    const fixed = rule.parent ? [...AREA_FIELDS, rule.parent.field] : [];
    if (fixed.some((f) => f in values && !same(values[f], current.fields[f]))) {
      return reject(
        `Wilayah atau induk data ${rule.label} yang sudah tersimpan tidak dapat diubah.`,
      );
    }
    if (rule.appendOnly) {
      const changed = Object.keys(values).filter((f) => !same(values[f], current.fields[f]));
      if (changed.some((f) => !rule.amendable?.includes(f))) {
        return reject(`Data ${rule.label} yang sudah dicatat tidak dapat diubah.`);
      }
      // The same event again; or only a field that may be set later (a dose's proof): merged.
      if (changed.length === 0) return { status: 'applied', kelurahanCode: current.kelurahanCode };
    }
  }

  const next = merge(current, values, at, m.entity, m.entityId);
  const parsed = rule.schema.safeParse(next.fields);
  if (!parsed.success) {
    const messages = [...new Set(Object.values(toFieldErrors(parsed.error)))];
    return reject(`Data ${rule.label} tidak valid: ${messages.join(' ')}`);
  }
  const parentProblem = checkParent(working, next) ?? answerProblem(working, current, next, now);
  if (parentProblem) return reject(parentProblem);
  const moved = current !== undefined && !samePlace(current, next);
  const refused = moved ? refuseMove(actor, current, next) : refuseWrite(actor, next);
  if (refused) return reject(refused);
  save(working, next);
  if (moved) moveChildren(working, current, next);
  return { status: 'applied', kelurahanCode: next.kelurahanCode };
}

function samePlace(a: Area, b: Area): boolean {
  return a.kelurahanCode === b.kelurahanCode && a.rw === b.rw && a.rt === b.rt;
}

/**
 * A household moved: its children in the working set take the new place now (so later
 * mutations of the batch see them there); the stored ones follow in SQL (data/moves.ts).
 */
function moveChildren(working: WorkingSet, from: StoredRecord, to: StoredRecord): void {
  const hlc = [to.hlc.kelurahanCode, to.hlc.rw, to.hlc.rt].reduce(maxHlc)!;
  const place = { kelurahanCode: to.kelurahanCode, rw: to.rw, rt: to.rt };
  const old = { kelurahanCode: from.kelurahanCode, rw: from.rw, rt: from.rt };
  working.moves.push({ householdId: to.id, from: old, to: place, hlc });
  for (const record of working.records.values()) {
    if (record.fields.householdId !== to.id) continue;
    const moved: StoredRecord = {
      ...record,
      ...place,
      fields: { ...record.fields, ...place },
      hlc: { ...record.hlc, kelurahanCode: hlc, rw: hlc, rt: hlc },
    };
    working.records.set(record.id, moved);
  }
}

/** A record must hang under a live parent in the same kelurahan, RW and RT. */
function checkParent(working: WorkingSet, record: StoredRecord): string | null {
  const parentRule = ENTITY_RULES[record.entity].parent;
  if (!parentRule) return null;
  const label = ENTITY_RULES[parentRule.entity].label;
  const parent = working.records.get(String(record.fields[parentRule.field]));
  if (!parent || parent.entity !== parentRule.entity) return `Data ${label} tidak ditemukan.`;
  if (parent.deleted) return `Data ${label} sudah dihapus.`;
  if (
    parent.kelurahanCode !== record.kelurahanCode ||
    parent.rw !== record.rw ||
    parent.rt !== record.rt
  ) {
    return `Wilayah (kelurahan/RW/RT) harus sama dengan ${label}-nya.`;
  }
  // A dose or isoman names its household too; it must be the resident's.
  if ('householdId' in parent.fields && record.fields.householdId !== parent.fields.householdId) {
    return `Rumah tangga harus sama dengan rumah tangga ${label}-nya.`;
  }
  return null;
}

/** Field-level merge (shared with the devices); `deleted` rides along as a field. */
function merge(
  current: StoredRecord | undefined,
  values: Record<string, unknown>,
  at: Hlc,
  entity: EntityName = current!.entity,
  id: string = current!.id,
): StoredRecord {
  const before = current
    ? { values: { ...current.fields, deleted: current.deleted }, hlc: current.hlc }
    : undefined;
  const merged = mergeFieldState(before, fieldStateOf(values, at));
  const { deleted, ...fields } = merged.values;
  const area = areaOf(fields);
  return {
    entity,
    id,
    kelurahanCode: area?.kelurahanCode ?? '',
    rw: area?.rw ?? 0,
    rt: area?.rt ?? 0,
    fields,
    hlc: merged.hlc,
    deleted: deleted === true,
  };
}

function save(working: WorkingSet, record: StoredRecord): void {
  working.records.set(record.id, record);
  working.dirty.add(record.id);
}

/** An HLC more than MAX_CLOCK_AHEAD_MS ahead is pulled back to that bound, keeping the rest. */
export function clampHlc(hlc: Hlc, now: number): Hlc {
  const parts = parseHlc(hlc);
  const limit = now + MAX_CLOCK_AHEAD_MS;
  return parts.wall > limit ? formatHlc({ ...parts, wall: limit }) : hlc;
}

/**
 * Clamps the stamps of one batch (one device, one `now`): a clamped stamp that would not sort
 * after the batch's clamped stamp before it takes that stamp's wall and the next counter.
 * A fast clock's edits v1, v2 of one field would otherwise both become now + 5 min, counter 0:
 * equal stamps, and the merge would keep v1.
 */
export function batchClamp(now: number): (hlc: Hlc) => Hlc {
  let last: Hlc | undefined;
  return (hlc) => {
    let clamped = clampHlc(hlc, now);
    if (clamped === hlc) return hlc;
    if (last !== undefined && compareHlc(clamped, last) <= 0) {
      const before = parseHlc(last);
      clamped = formatHlc({ ...parseHlc(hlc), wall: before.wall, counter: before.counter + 1 });
    }
    last = clamped;
    return clamped;
  };
}

/** The mutation's values restricted to the entity's fields; null when it sets none. */
function knownFields(entity: EntityName, values: Record<string, unknown> | undefined) {
  if (!values) return null;
  const known = entityFieldNames(entity);
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => known.has(k)));
  return Object.keys(kept).length > 0 ? kept : null;
}

function areaOf(values: Record<string, unknown> | undefined) {
  if (!values || typeof values.kelurahanCode !== 'string') return null;
  const { kelurahanCode, rw, rt } = values;
  return {
    kelurahanCode,
    rw: typeof rw === 'number' ? rw : 0,
    rt: typeof rt === 'number' ? rt : 0,
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a ?? null) === null && (b ?? null) === null) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
