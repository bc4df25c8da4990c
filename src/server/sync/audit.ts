import type { Mutation } from '@shared/sync/protocol';
import type { AuditRow } from '../data/audit';
import type { StoredRecord } from '../data/records';
import type { Actor } from './actor';

/**
 * The audit row of one applied mutation: who (user, device), which record and household, and
 * the fields it changed, before and after (`deleted` among them). Null when the mutation
 * changed nothing (the same event again, or an edit every field of which lost the merge).
 */
export function auditRow(
  before: StoredRecord | undefined,
  after: StoredRecord,
  m: Mutation,
  actor: Actor,
): AuditRow | null {
  const was: Record<string, unknown> | null = before
    ? { ...before.fields, deleted: before.deleted }
    : null;
  const now: Record<string, unknown> = { ...after.fields, deleted: after.deleted };
  const changed = Object.keys(now).filter((f) => !was || !same(was[f], now[f]));
  if (was) for (const f of Object.keys(was)) if (!(f in now)) changed.push(f);
  if (changed.length === 0) return null;
  if (!was) delete now.deleted; // a new record: its fields, without the tombstone flag
  const pick = (values: Record<string, unknown>) =>
    Object.fromEntries(changed.filter((f) => f in values).map((f) => [f, values[f]]));
  const householdId =
    after.entity === 'household' ? after.id : String(after.fields.householdId ?? after.id);
  return {
    kelurahan_code: after.kelurahanCode,
    entity: after.entity,
    entity_id: after.id,
    household_id: householdId,
    user_id: actor.user?.id ?? null,
    device_id: actor.deviceId,
    mutation_id: m.id,
    old: was ? pick(was) : null,
    new: pick(now),
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
