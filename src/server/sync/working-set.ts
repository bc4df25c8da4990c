import { ENTITY_RULES, type EntityName } from '@shared/domain/entities';
import { UUID_PATTERN } from '@shared/ids';
import type { Mutation } from '@shared/sync/protocol';
import type { Queryable } from '../db/database';
import { LOCK_ORDER, lockRecords, readDosesOfResidents, readRecords } from '../data/records';
import type { WorkingSet } from './apply';

/**
 * Reads, with row locks, the records the mutations name and the parents they hang under,
 * in a fixed order (parents' tables first, ids ascending) so concurrent pushes merge one
 * after the other without deadlocking.
 * A child's parent id comes from the mutation, or, when the mutation does not repeat it
 * (a partial edit, a delete), from the stored record, read first without a lock.
 */
export async function loadWorkingSet(
  tx: Queryable,
  mutations: readonly Mutation[],
): Promise<WorkingSet> {
  const ids = new Map<EntityName, Set<string>>(LOCK_ORDER.map((e) => [e, new Set<string>()]));
  const parentUnknown = new Map<EntityName, string[]>();
  for (const m of mutations) {
    ids.get(m.entity)!.add(m.entityId);
    const parent = ENTITY_RULES[m.entity].parent;
    if (!parent) continue;
    const parentId = m.values?.[parent.field];
    if (typeof parentId === 'string' && UUID_PATTERN.test(parentId)) {
      ids.get(parent.entity)!.add(parentId);
    } else {
      parentUnknown.set(m.entity, [...(parentUnknown.get(m.entity) ?? []), m.entityId]);
    }
  }
  for (const [entity, childIds] of parentUnknown) {
    const parent = ENTITY_RULES[entity].parent!;
    for (const child of await readRecords(tx, entity, childIds)) {
      const parentId = child.fields[parent.field];
      if (typeof parentId === 'string') ids.get(parent.entity)!.add(parentId);
    }
  }
  const working: WorkingSet = { records: new Map(), dirty: new Set(), moves: [] };
  const locked = await lockRecords(
    tx,
    new Map([...ids].map(([entity, idSet]) => [entity, [...idSet]])),
  );
  for (const record of locked) working.records.set(record.id, record);
  // The doses of residents a new dose or a birth date is checked against (answer-checks.ts).
  const checked = locked.filter(
    (r) =>
      r.entity === 'resident' &&
      mutations.some((m) =>
        m.entity === 'dose'
          ? m.values?.residentId === r.id
          : m.entityId === r.id && m.values && 'birthDate' in m.values,
      ),
  );
  for (const dose of await readDosesOfResidents(tx, checked)) {
    if (!working.records.has(dose.id)) working.records.set(dose.id, dose);
  }
  return working;
}
