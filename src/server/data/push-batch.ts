import type { EntityName } from '@shared/domain/entities';
import type { Queryable } from '../db/database';
import { insertAuditStatement, type AuditRow } from './audit';
import { queueHouseholdsStatement, queueRows, type QueuedHousehold } from './coverage-queue';
import { insertReceiptsStatement, receiptRows, type Receipt } from './receipts';
import { LOCK_ORDER, toRow, upsertStatement, type StoredRecord } from './records';

export type PushBatch = {
  deviceId: string;
  lastSeq: number;
  /** Where the device last wrote, if it wrote anything in this batch. */
  kelurahanCode: string | null;
  records: readonly StoredRecord[];
  receipts: readonly Receipt[];
  /** One row per applied mutation that changed its record. */
  audit: readonly AuditRow[];
  /** The households whose aggregates the coverage worker must compute again. */
  coverage: readonly QueuedHousehold[];
};

/**
 * Everything a push writes, in one statement: the changed records of each table, their
 * audit rows, the receipts, the households queued for the coverage worker, and the device's
 * last_seq: round trips are most of the cost of a small push.
 */
export async function writePushBatch(tx: Queryable, batch: PushBatch): Promise<void> {
  const params: unknown[] = [batch.deviceId, batch.lastSeq, batch.kelurahanCode];
  const ctes: string[] = [];
  const byEntity = new Map<EntityName, StoredRecord[]>();
  for (const r of batch.records) byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r]);
  for (const entity of LOCK_ORDER) {
    const records = byEntity.get(entity);
    if (!records) continue;
    params.push(JSON.stringify(records.map(toRow)));
    ctes.push(`w_${entity} AS (${upsertStatement(entity, params.length)})`);
  }
  if (batch.audit.length > 0) {
    params.push(JSON.stringify(batch.audit));
    ctes.push(`w_audit AS (${insertAuditStatement(params.length)})`);
  }
  if (batch.coverage.length > 0) {
    params.push(JSON.stringify(queueRows(batch.coverage)));
    ctes.push(`w_coverage AS (${queueHouseholdsStatement(params.length)})`);
  }
  if (batch.receipts.length > 0) {
    params.push(JSON.stringify(receiptRows(batch.receipts)));
    ctes.push(`w_receipts AS (${insertReceiptsStatement(params.length)})`);
  }
  await tx.query(
    `${ctes.length > 0 ? `WITH ${ctes.join(',\n')}` : ''}
     UPDATE devices SET last_seq = $2, last_push_at = now(),
       kelurahan_code = coalesce($3, kelurahan_code)
     WHERE device_id = $1`,
    params,
  );
}
