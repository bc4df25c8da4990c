import type { EntityName } from '@shared/domain/entities';
import type { Queryable } from '../db/database';

export type Receipt = {
  mutationId: string;
  deviceId: string;
  seq: number;
  entity: EntityName;
  entityId: string;
  status: 'applied' | 'rejected';
  reason: string | null;
  kelurahanCode: string | null;
};

/** The receipts held for these mutation ids, by id. */
export async function findReceipts(
  tx: Queryable,
  mutationIds: readonly string[],
): Promise<Map<string, Pick<Receipt, 'status' | 'reason'>>> {
  if (mutationIds.length === 0) return new Map();
  const rows = await tx.query<{ mutation_id: string; status: Receipt['status']; reason: string | null }>(
    'SELECT mutation_id, status, reason FROM receipts WHERE mutation_id = ANY($1::uuid[])',
    [mutationIds],
  );
  return new Map(rows.map((r) => [r.mutation_id, { status: r.status, reason: r.reason }]));
}

/** The statement that inserts receipts from a jsonb array (`receiptRows`) in `$param`. */
export function insertReceiptsStatement(param: number): string {
  return `INSERT INTO receipts (mutation_id, device_id, seq, entity, entity_id, status, reason,
       kelurahan_code)
     SELECT * FROM jsonb_to_recordset($${param}::jsonb) AS r(mutation_id uuid, device_id uuid,
       seq bigint, entity text, entity_id uuid, status text, reason text, kelurahan_code text)`;
}

export function receiptRows(receipts: readonly Receipt[]) {
  return receipts.map((r) => ({
    mutation_id: r.mutationId,
    device_id: r.deviceId,
    seq: r.seq,
    entity: r.entity,
    entity_id: r.entityId,
    status: r.status,
    reason: r.reason,
    kelurahan_code: r.kelurahanCode,
  }));
}
