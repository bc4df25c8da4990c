import type { EntityName } from '@shared/domain/entities';
import { compactHlc } from '@shared/sync/hlc';
import type { Mutation, MutationResult, PushRequest, PushResponse } from '@shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import type { AuditRow } from '../data/audit';
import { lockDevice } from '../data/devices';
import { householdsOfRecords } from '../data/coverage-queue';
import { moveHouseholds } from '../data/moves';
import { writePushBatch } from '../data/push-batch';
import { findReceipts, type Receipt } from '../data/receipts';
import type { Actor } from './actor';
import { applyMutation, batchClamp, type Outcome, type WorkingSet } from './apply';
import { refuseEntityWrite } from './entity-roles';
import { trackPush } from './in-flight';
import { auditRow } from './audit';
import { recordsForVersion } from './wire-records';
import { loadWorkingSet } from './working-set';
import {
  currentRecords,
  deviceMayDiffer,
  SUPERSEDED_REASON,
  supersededFields,
} from './answer-records';
import { forAppVersion } from './older-apps';

type Step = { mutation: Mutation; duplicate: boolean };

type KnownReceipts = ReadonlyMap<string, Pick<Receipt, 'status' | 'reason'>>;

/** The mutations to process, in seq order, the device's new last_seq, and whether a gap stopped the batch. */
type Plan = { steps: Step[]; lastSeq: number; stopped: boolean };

/** What applying the batch produced: the answer's results and everything the write stores. */
type Applied = {
  results: MutationResult[];
  receipts: Receipt[];
  audit: AuditRow[];
  /** Records the device may hold otherwise; the answer sends the server's state (schema ≥ 3). */
  differ: Map<string, EntityName>;
  /** The area of the last applied mutation, stored on the device's row. */
  kelurahanCode: string | null;
};

/**
 * Applies a device's batch of mutations in one transaction (run again whole if PostgreSQL
 * reports a serialization failure or deadlock). The steps, in order:
 *
 *   lockDevice      one device's pushes run one after another; reads its last_seq
 *   findReceipts    which of the batch's mutation ids were processed before
 *   classifyBatch   which mutations to process, which are duplicates, where a gap stops
 *   loadWorkingSet  the records they touch and their parents, locked in a fixed order
 *   applyBatch      each mutation in seq order, with its audit row, receipt and result
 *   writeBatch      moved children, records, audit, receipts, coverage queue, last_seq
 *   answerBatch     results, last_seq, expectedSeq; records the device may hold otherwise
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
      const startSeq = await lockDevice(tx, actor.deviceId);
      const receipts = await findReceipts(
        tx,
        batch.map((m) => m.id),
      );
      const plan = classifyBatch(batch, startSeq, receipts);
      const working = await loadWorkingSet(
        tx,
        plan.steps.filter((s) => !s.duplicate).map((s) => s.mutation),
      );
      const applied = applyBatch(
        working,
        plan.steps,
        receipts,
        actor,
        request.schemaVersion,
        now(),
      );
      await writeBatch(tx, working, applied, actor, plan.lastSeq);
      return answerBatch(tx, working, applied, plan, actor, request.schemaVersion);
    }),
  );
}

/**
 * Walks the batch in seq order. seq = last_seq + 1 is processed (a known id is a duplicate:
 * no effect, but last_seq moves past it); seq ≤ last_seq with a known id is a replay
 * (duplicate); anything else (a gap, or a reused number with a new id) stops the batch:
 * nothing after it is touched and the answer says which seq to send next.
 */
function classifyBatch(
  batch: readonly Mutation[],
  startSeq: number,
  receipts: KnownReceipts,
): Plan {
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
  return { steps, lastSeq, stopped };
}

/**
 * Applies each processed mutation in order against the working set, its HLC clamped to the
 * server's clock + 5 min (clamped stamps of one batch kept strictly increasing), then area
 * policy, field-level merge, schema and parent rules (apply.ts). A duplicate repeats its
 * first outcome; a mutation that breaks a rule is rejected with a reason and changes
 * nothing, and the ones behind it go on.
 */
function applyBatch(
  working: WorkingSet,
  steps: readonly Step[],
  receipts: KnownReceipts,
  actor: Actor,
  schemaVersion: number,
  nowMs: number,
): Applied {
  const clamp = batchClamp(nowMs);
  const outcomes = new Map<string, Outcome>();
  const applied: Applied = {
    results: [],
    receipts: [],
    audit: [],
    differ: new Map(),
    kelurahanCode: null,
  };
  for (const { mutation: m, duplicate } of steps) {
    if (duplicate) {
      applied.differ.set(m.entityId, m.entity);
      applied.results.push(duplicateResult(m, receipts.get(m.id) ?? outcomes.get(m.id)!));
      continue;
    }
    // A version 3 app's legacy stamps are stored compact like every other (hlc.ts); clamped
    // first, as the legacy form holds walls (a clock in the year 3000) the compact one does not.
    const stamp = compactHlc(clamp(m.hlc));
    const outcome = applyWithAudit(working, m, stamp, actor, nowMs, schemaVersion, applied);
    outcomes.set(m.id, outcome);
  }
  return applied;
}

function duplicateResult(
  m: Mutation,
  first: Pick<Receipt, 'status' | 'reason'> | Outcome,
): MutationResult {
  const reason = 'reason' in first ? first.reason : null;
  return {
    id: m.id,
    seq: m.seq,
    status: 'duplicate',
    originalStatus: first.status,
    ...(reason ? { reason } : {}),
  };
}

/**
 * Applies one mutation under its clamped stamp and records what follows from it: an audit
 * row when it changed its record (fields before and after), its result and its receipt.
 */
function applyWithAudit(
  working: WorkingSet,
  m: Mutation,
  stamp: string,
  actor: Actor,
  nowMs: number,
  schemaVersion: number,
  applied: Applied,
): Outcome {
  const before = working.records.get(m.entityId);
  const outcome =
    refuseEntityWrite(actor, m) ?? applyMutation(working, { ...m, hlc: stamp }, actor, nowMs);
  const after = working.records.get(m.entityId);
  if (outcome.status === 'applied' && after && after !== before) {
    const row = auditRow(before, after, m, actor);
    if (row) applied.audit.push(row);
  }
  if (deviceMayDiffer(m, stamp, outcome.status, after)) applied.differ.set(m.entityId, m.entity);
  const reason = outcome.status === 'rejected' ? outcome.reason : null;
  const superseded =
    outcome.status === 'applied' && after && schemaVersion >= 3
      ? supersededFields(m, stamp, after)
      : [];
  applied.results.push({
    id: m.id,
    seq: m.seq,
    status: outcome.status,
    ...(reason ? { reason } : {}),
    ...(superseded.length > 0 ? { superseded, reason: SUPERSEDED_REASON } : {}),
  });
  applied.receipts.push({
    mutationId: m.id,
    deviceId: actor.deviceId,
    seq: m.seq,
    entity: m.entity,
    entityId: m.entityId,
    status: outcome.status,
    reason,
    kelurahanCode: outcome.kelurahanCode,
  });
  if (outcome.status === 'applied') applied.kelurahanCode = outcome.kelurahanCode;
  return outcome;
}

/**
 * Moves the children of moved households; then writes the changed records, the audit rows,
 * the receipts, the touched households queued for the coverage worker (coverage/worker.ts,
 * after the commit), and last_seq, in one statement.
 */
async function writeBatch(
  tx: Queryable,
  working: WorkingSet,
  applied: Applied,
  actor: Actor,
  lastSeq: number,
): Promise<void> {
  if (working.moves.length > 0) await moveHouseholds(tx, working.moves);
  const written = [...working.dirty].map((id) => working.records.get(id)!);
  await writePushBatch(tx, {
    deviceId: actor.deviceId,
    lastSeq,
    kelurahanCode: applied.kelurahanCode,
    records: written,
    receipts: applied.receipts,
    audit: applied.audit,
    coverage: householdsOfRecords(written),
  });
}

/**
 * One result per processed mutation, last_seq, and expectedSeq if a gap stopped the batch;
 * from schema version 3 also the server's state of every record the device may hold
 * otherwise (named by a rejected or duplicate mutation, or one that lost a field).
 */
async function answerBatch(
  tx: Queryable,
  working: WorkingSet,
  applied: Applied,
  plan: Plan,
  actor: Actor,
  schemaVersion: number,
): Promise<PushResponse> {
  const answer: PushResponse = {
    results: applied.results,
    lastSeq: plan.lastSeq,
    ...(plan.stopped ? { expectedSeq: plan.lastSeq + 1 } : {}),
  };
  if (schemaVersion < 3) return answer;
  const current = await currentRecords(tx, working, applied.differ, actor);
  const records = current.records.map((r) => forAppVersion(r, schemaVersion));
  return { ...answer, ...current, records: recordsForVersion(records, schemaVersion) };
}
