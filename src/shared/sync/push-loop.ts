import type {
  CurrentRecords,
  Mutation,
  MutationResult,
  PushRequest,
  PushResponse,
} from './protocol';
import { SCHEMA_VERSION } from './protocol';
import { isRejected } from './outbox-rows';

/**
 * The device's push algorithm, independent of where the outbox lives: the page pushes from
 * Dexie, the service worker (Background Sync) from raw IndexedDB. Both implement `OutboxStore`.
 */
export interface OutboxStore {
  deviceId(): Promise<string>;
  /** The oldest pending mutations, in sequence order. */
  peek(limit: number): Promise<Mutation[]>;
  /**
   * Applies the server's answers in one local transaction: applied and duplicate mutations
   * leave the outbox; rejected ones move to the rejected list with their reason; the records
   * the server sent back (`current`) replace the local ones, pending changes laid over, and
   * those it does not hold leave the device.
   */
  settle(results: readonly MutationResult[], current: CurrentRecords): Promise<void>;
  /** Renumbers the pending mutations so the first one gets `seq` (the server's expectation). */
  renumberFrom(seq: number): Promise<void>;
}

export type PushTransport = (request: PushRequest) => Promise<PushResponse>;

export type PushOutcome = { sent: number; rejected: number };

export class PushStalledError extends Error {
  override name = 'PushStalledError';
}

/**
 * Pushes the whole outbox:
 *   1. take the oldest batch of pending mutations (stop when there is none);
 *   2. send it with the device id and schema version (a network error propagates: the
 *      outbox is untouched and the next attempt sends the same mutations again — the server
 *      keeps a receipt per mutation id, so a retry never applies anything twice);
 *   3. settle the results: acknowledged mutations leave the outbox, rejected ones are kept,
 *      with their reason, in the rejected list — never dropped; the server's state of the
 *      records it did not take as sent (rejected, duplicate, a field that lost) replaces
 *      the local one, so the device shows what the server holds;
 *   4. if the server expects another sequence number (a gap, or a device restored from an
 *      old backup), renumber the pending outbox from it and go on;
 *   5. repeat; a round that settles nothing and changes no number means the server and the
 *      device disagree in a way a retry cannot fix, so stop with an error rather than loop.
 */
export async function pushOutbox(
  store: OutboxStore,
  send: PushTransport,
  batchSize = 250,
): Promise<PushOutcome> {
  const deviceId = await store.deviceId();
  const outcome: PushOutcome = { sent: 0, rejected: 0 };
  for (;;) {
    const batch = await store.peek(batchSize);
    if (batch.length === 0) return outcome;

    const response = await send({ deviceId, schemaVersion: SCHEMA_VERSION, mutations: batch });

    await store.settle(response.results, {
      records: response.records ?? [],
      absent: response.absent ?? [],
    });
    const rejected = response.results.filter(isRejected).length;
    outcome.sent += response.results.length - rejected;
    outcome.rejected += rejected;

    const firstPending = batch[response.results.length]?.seq;
    const renumber = response.expectedSeq !== undefined && response.expectedSeq !== firstPending;
    if (renumber) await store.renumberFrom(response.expectedSeq!);

    if (response.results.length === 0 && !renumber) {
      throw new PushStalledError(
        `Server menunggu nomor urut ${response.expectedSeq ?? '?'}, perangkat mengirim ${batch[0]!.seq}.`,
      );
    }
  }
}
