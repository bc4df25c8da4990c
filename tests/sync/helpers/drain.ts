import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Database } from '@server/db/database';
import { countChanges } from '@server/data/changes';
import { LOCK_ORDER, TABLE_OF } from '@server/data/records';
import { START_ID } from '@server/sync/cursor';
import type { ClientDevice } from './client-device';

export type DrainContext = { app: FastifyInstance; t: { db: Database } };
export type DrainArea = { kelurahanCode: string; rw: number };

/** How long `drain` waits for the database to let pulls see every record. */
const QUIET_WAIT_MS = 30_000;

/**
 * Syncs every device, without losses, until no outbox holds anything; then, once a pull can
 * see every record of the area, once more. A pull brings only the rows below its watermark,
 * which any transaction of the database running at that moment holds back (an autovacuum
 * ANALYZE; a coverage round that ends while the pull's statement runs, which the pull can no
 * longer tell from a push): those rows come with the next pull, so the last one waits for them.
 */
export async function drain(
  devices: ClientDevice[],
  ctx: DrainContext,
  area: DrainArea,
): Promise<void> {
  for (let round = 0; round < 10; round++) {
    for (const device of devices) await device.sync();
    const pending = await Promise.all(devices.map((d) => d.pending()));
    if (pending.every((p) => p === 0)) break;
  }
  await everyRecordPullable(ctx, area);
  for (const device of devices) expect(await device.sync()).toBe(true);
}

/**
 * Waits until the coverage worker is idle (its rounds are what usually runs beside a pull)
 * and the pull watermark lies past every record of the area: every row is below it now, and
 * a transaction starting later gets a greater id, so the next pulls bring them all.
 */
async function everyRecordPullable(ctx: DrainContext, area: DrainArea): Promise<void> {
  expect(await ctx.app.coverageWorker.settled(QUIET_WAIT_MS)).toBe(true);
  const range = { ...area, after: { txid: '0', id: START_ID } };
  const counts = LOCK_ORDER.map(
    (e) => `(SELECT count(*) FROM ${TABLE_OF[e]} WHERE kelurahan_code = $1 AND rw = $2)`,
  );
  const started = Date.now();
  for (;;) {
    const [row] = await ctx.t.db.query<{ total: number }>(
      `SELECT (${counts.join(' + ')})::int AS total`,
      [area.kelurahanCode, area.rw],
    );
    if ((await countChanges(ctx.t.db, range)) === row!.total) return;
    if (Date.now() - started > QUIET_WAIT_MS) {
      throw new Error(`The pull watermark stayed below records of RW ${area.rw} for 30 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
