import { ENTITY_RULES, type EntityName } from '@shared/domain/entities';
import { UUID_PATTERN } from '@shared/ids';
import type { Mutation, MutationResult, PushRequest, PushResponse } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import type { AuditRow } from '../data/audit';
import { lockDevice } from '../data/devices';
import { householdsOfRecords } from '../data/coverage-queue';
import { moveHouseholds } from '../data/moves';
import { writePushBatch } from '../data/push-batch';
import { findReceipts, type Receipt } from '../data/receipts';
import { LOCK_ORDER, lockRecords, readDosesOfResidents, readRecords } from '../data/records';
import type { Actor } from './actor';
import { applyMutation, batchClamp, type Outcome, type WorkingSet } from './apply';
import { refuseEntityWrite } from './entity-roles';
import { trackPush } from './in-flight';
import { auditRow } from './audit';
import {
  currentRecords,
  deviceMayDiffer,
  SUPERSEDED_REASON,
  supersededFields,
} from './answer-records';

type Step = { mutation: Mutation; duplicate: boolean };

/**
 * Applies a device's batch of mutations, all in one transaction (run again whole if
 * PostgreSQL reports a serialization failure or deadlock):
 *
 *   1. Lock the device's row: one device's pushes run one after another; read last_seq.
 *   2. Look up the receipts of the batch's mutation ids.
 *   3. Walk the batch in seq order. seq = last_seq + 1 is processed (a known id is a
 *      duplicate: no effect, but last_seq moves past it); seq ≤ last_seq with a known id is a
 *      replay (duplicate); anything else (a gap, or a reused number with a new id) stops the
 *      batch: nothing after it is touched and the answer says which seq to send next.
 *   4. Load the records the processed mutations touch, and their parents, locking them in
 *      a fixed order (parents' tables first, ids ascending) so concurrent pushes merge one
 *      after the other without deadlocking.
 *   5. Apply each mutation in order against that working set, its HLC clamped to the server's
 *      clock + 5 min (clamped stamps of one batch kept strictly increasing): area policy (the stored row
 *      and the new values must lie in the sender's area; only a lurah or staf moves a
 *      household), field-level merge, schema, parent rules. A mutation that breaks a rule is
 *      rejected with a reason and changes nothing; the ones behind it go on. Each applied
 *      mutation that changed its record gets an audit row (fields before and after).
 *   6. Move the children of moved households; then write the changed records, the audit
 *      rows, a receipt for every processed mutation, the touched households queued for the
 *      coverage worker (coverage/worker.ts, after the commit), and last_seq, in one statement.
 *   7. Answer: one result per processed mutation, last_seq, and expectedSeq if stopped; from
 *      schema version 3 also the server's state of every record the device may hold
 *      otherwise (named by a rejected or duplicate mutation, or one that lost a field).
 */
export async function push(
  db: Database,
  actor: Actor,
  request: PushRequest,
  now: () => number = Date.now,
): Promise<PushResponse> {
  const batch = [...request.mutations].sort((a, b) => a.seq - b.seq);
  return trackPush(
    db,
    db.transaction(async (tx) => {
      // 1.
      const startSeq = await lockDevice(tx, actor.deviceId);
      // 2.
      const receipts = await findReceipts(
        tx,
        batch.map((m) => m.id),
      );
      // 3.
      const steps: Step[] = [];
      const seen = new Set<string>();
      let lastSeq = startSeq;
      let stopped = false;
      for (const mutation of batch) {
        const known = receipts.has(mutation.id) || seen.has(mutation.id);
        if (mutation.seq === lastSeq + 1) {
          lastSeq = mutation.seq;
        } else if (!(mutation.seq <= lastSeq && known)) {
          stopped = true;
          break;
        }
        steps.push({ mutation, duplicate: known });
        seen.add(mutation.id);
      }
      // 4.
      const set = await loadWorkingSet(
        tx,
        steps.filter((s) => !s.duplicate).map((s) => s.mutation),
      );
      // 5.
      const at = now();
      const clamp = batchClamp(at);
      const outcomes = new Map<string, Outcome>();
      const results: MutationResult[] = [];
      const newReceipts: Receipt[] = [];
      const audit: AuditRow[] = [];
      const differ = new Map<string, EntityName>();
      let kelurahanCode: string | null = null;
      for (const { mutation: m, duplicate } of steps) {
        if (duplicate) {
          differ.set(m.entityId, m.entity);
          const first = receipts.get(m.id) ?? outcomes.get(m.id)!;
          const reason = 'reason' in first ? first.reason : null;
          results.push({
            id: m.id,
            seq: m.seq,
            status: 'duplicate',
            originalStatus: first.status,
            ...(reason ? { reason } : {}),
          });
          continue;
        }
        const before = set.records.get(m.entityId);
        const stamped = { ...m, hlc: clamp(m.hlc) };
        const outcome = refuseEntityWrite(actor, m) ?? applyMutation(set, stamped, actor, at);
        const after = set.records.get(m.entityId);
        if (outcome.status === 'applied' && after && after !== before) {
          const row = auditRow(before, after, m, actor);
          if (row) audit.push(row);
        }
        if (deviceMayDiffer(m, stamped.hlc, outcome.status, after))
          differ.set(m.entityId, m.entity);
        outcomes.set(m.id, outcome);
        const reason = outcome.status === 'rejected' ? outcome.reason : null;
        const superseded =
          outcome.status === 'applied' && after && request.schemaVersion >= 3
            ? supersededFields(m, stamped.hlc, after)
            : [];
        results.push({
          id: m.id,
          seq: m.seq,
          status: outcome.status,
          ...(reason ? { reason } : {}),
          ...(superseded.length > 0 ? { superseded, reason: SUPERSEDED_REASON } : {}),
        });
        newReceipts.push({
          mutationId: m.id,
          deviceId: actor.deviceId,
          seq: m.seq,
          entity: m.entity,
          entityId: m.entityId,
          status: outcome.status,
          reason,
          kelurahanCode: outcome.kelurahanCode,
        });
        if (outcome.status === 'applied') kelurahanCode = outcome.kelurahanCode;
      }
      // 6.
      if (set.moves.length > 0) await moveHouseholds(tx, set.moves);
      const written = [...set.dirty].map((id) => set.records.get(id)!);
      await writePushBatch(tx, {
        deviceId: actor.deviceId,
        lastSeq,
        kelurahanCode,
        records: written,
        receipts: newReceipts,
        audit,
        coverage: householdsOfRecords(written),
      });
      // 7.
      const answer: PushResponse = {
        results,
        lastSeq,
        ...(stopped ? { expectedSeq: lastSeq + 1 } : {}),
      };
      if (request.schemaVersion < 3) return answer;
      return { ...answer, ...(await currentRecords(tx, set, differ, actor)) };
    }),
  );
}

/**
 * Reads, with row locks, the records the mutations name and the parents they hang under.
 * A child's parent id comes from the mutation, or, when the mutation does not repeat it
 * (a partial edit, a delete), from the stored record, read first without a lock.
 */
async function loadWorkingSet(tx: Queryable, mutations: readonly Mutation[]): Promise<WorkingSet> {
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
  const set: WorkingSet = { records: new Map(), dirty: new Set(), moves: [] };
  const locked = await lockRecords(
    tx,
    new Map([...ids].map(([entity, idSet]) => [entity, [...idSet]])),
  );
  for (const record of locked) set.records.set(record.id, record);
  // 4b. The doses of residents a new dose or a birth date is checked against (answer-checks.ts).
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
    if (!set.records.has(dose.id)) set.records.set(dose.id, dose);
  }
  return set;
}
