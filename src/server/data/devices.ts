import type { Queryable } from '../db/database';

/**
 * Locks the device's row for the rest of the transaction (creating it on the first push) and
 * returns the highest sequence number processed so far. A second push of the same device
 * waits here until the first commits, so one device's mutations are applied in order.
 */
export async function lockDevice(tx: Queryable, deviceId: string): Promise<number> {
  await tx.query('INSERT INTO devices (device_id) VALUES ($1) ON CONFLICT DO NOTHING', [deviceId]);
  const [row] = await tx.query<{ last_seq: string | number }>(
    'SELECT last_seq FROM devices WHERE device_id = $1 FOR UPDATE',
    [deviceId],
  );
  return Number(row!.last_seq);
}

export async function saveDevice(
  tx: Queryable,
  deviceId: string,
  lastSeq: number,
  kelurahanCode: string | null,
): Promise<void> {
  await tx.query(
    `UPDATE devices SET last_seq = $2, last_push_at = now(),
       kelurahan_code = coalesce($3, kelurahan_code)
     WHERE device_id = $1`,
    [deviceId, lastSeq, kelurahanCode],
  );
}
