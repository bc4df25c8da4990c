import { isRejected, type OutboxStore } from '@shared/sync/push-loop';
import type { Mutation, MutationResult } from '@shared/sync/protocol';
import type { PintuDb } from '../db/db';
import { getDeviceId, loadDeviceState, saveDeviceState } from '../db/device';
import type { OutboxEntry } from '../db/schema';

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
    const entries = await this.db.outbox.orderBy('seq').limit(limit).toArray();
    return entries.map(toMutation);
  }

  async settle(results: readonly MutationResult[]): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.outbox, db.rejected, async () => {
      const entries = await db.outbox
        .where('id')
        .anyOf(results.map((r) => r.id))
        .toArray();
      const byId = new Map(entries.map((e) => [e.id, e]));
      for (const result of results) {
        const entry = byId.get(result.id);
        if (!entry) continue; // settled already, by another tab or the service worker
        // A duplicate of a mutation first rejected (its answer was lost) is still rejected.
        if (isRejected(result)) {
          await db.rejected.put({
            ...entry,
            reason: result.reason ?? 'Ditolak server.',
            rejectedAt: this.now(),
          });
        }
        await db.outbox.delete(entry.seq);
      }
    });
  }

  async renumberFrom(seq: number): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.outbox, db.meta, async () => {
      const pending = await db.outbox.orderBy('seq').toArray();
      await db.outbox.clear();
      await db.outbox.bulkAdd(pending.map((entry, i) => ({ ...entry, seq: seq + i })));
      const device = await loadDeviceState(db);
      await saveDeviceState(db, { ...device, nextSeq: seq + pending.length });
    });
  }
}

function toMutation({ createdAt: _createdAt, ...mutation }: OutboxEntry): Mutation {
  return mutation;
}
