import { changesOf, renumberRows, settleRows, toMutation } from '@shared/sync/outbox-rows';
import { type OutboxStore } from '@shared/sync/push-loop';
import type { CurrentRecords, Mutation, MutationResult } from '@shared/sync/protocol';
import type { PintuDb } from '../db/db';
import { getDeviceId, loadDeviceState, saveDeviceState } from '../db/device';
import { headRows, writeRows } from '../db/outbox';
import { answerTables, applyCurrentRecords } from './apply-answered';

/** The outbox in the page's Dexie database, as the push loop sees it. */
export class DexieOutbox implements OutboxStore {
  constructor(
    private readonly db: PintuDb,
    private readonly now: () => number = Date.now,
  ) {}

  deviceId(): Promise<string> {
    return getDeviceId(this.db);
  }

  async peek(limit: number): Promise<Mutation[]> {
    return changesOf(await headRows(this.db, limit), limit).map(toMutation);
  }

  /**
   * The answers concern the oldest pending changes (the push loop sends the head of the
   * outbox, one pusher at a time), so the head rows holding as many changes hold them all;
   * answers for changes another tab or the service worker settled meanwhile change nothing.
   * The server's current records land in the same transaction: a crash never leaves a
   * rejected change settled with its value still shown.
   */
  async settle(results: readonly MutationResult[], current: CurrentRecords): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [...answerTables(db), db.rejected], async () => {
      const rows = await headRows(db, results.length);
      const { rejected, ...writes } = settleRows(rows, results, this.now());
      await Promise.all([writeRows(db, writes), db.rejected.bulkPut(rejected)]);
      await applyCurrentRecords(db, current);
    });
  }

  async renumberFrom(seq: number): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.outboxRows, db.meta, async () => {
      const { rows, nextSeq } = renumberRows(await db.outboxRows.orderBy('seq').toArray(), seq);
      await db.outboxRows.clear();
      await db.outboxRows.bulkAdd(rows);
      const device = await loadDeviceState(db);
      await saveDeviceState(db, { ...device, nextSeq });
    });
  }
}
