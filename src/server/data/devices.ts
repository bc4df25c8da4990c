import type { Queryable } from '../db/database';

/**
 * Locks the device's row for the rest of the transaction (creating it on the first push) and
 * returns the highest sequence number processed so far. A second push of the same device
 * waits here until the first commits, so one device's mutations are applied in order.
 */
export async function lockDevice(tx: Queryable, deviceId: string): Promise<number> {
  const select = 'SELECT last_seq FROM devices WHERE device_id = $1 FOR UPDATE';
  let [row] = await tx.query<{ last_seq: string | number }>(select, [deviceId]);
  if (!row) {
    await tx.query('INSERT INTO devices (device_id) VALUES ($1) ON CONFLICT DO NOTHING', [
      deviceId,
    ]);
    [row] = await tx.query<{ last_seq: string | number }>(select, [deviceId]);
  }
  return Number(row!.last_seq);
}
