import type { Mutation, MutationResult } from '@shared/sync/protocol';
import { isRejected, type OutboxStore } from '@shared/sync/push-loop';

/**
 * The page's outbox, read with plain IndexedDB: the worker cannot import the page's Dexie
 * class. Store and index names are those of src/client/db/db.ts (`outbox` keyed by `seq`
 * with a unique `id` index, `rejected` keyed by `id`, `meta` keyed by `key`); the records
 * are the same plain objects Dexie writes, so both sides read each other's writes.
 */
const DB_NAME = 'pintu';

type Entry = Mutation & { createdAt: number };

export class IdbOutbox implements OutboxStore {
  private constructor(
    private readonly idb: IDBDatabase,
    private readonly device: string,
    /** The device token (`meta` → `auth`, src/client/sync/auth.ts); null when signed out. */
    readonly token: string | null,
  ) {}

  /** Opens the page's database; null when the app never stored anything on this phone. */
  static async open(): Promise<IdbOutbox | null> {
    const idb = await openExisting();
    if (!idb) return null;
    const names = idb.objectStoreNames;
    if (!names.contains('outbox') || !names.contains('meta') || !names.contains('rejected')) {
      idb.close();
      return null;
    }
    const meta = idb.transaction('meta').objectStore('meta');
    const [device, auth] = (await Promise.all([
      request(meta.get('device')),
      request(meta.get('auth')),
    ])) as [
      { value: { deviceId: string } } | undefined,
      { value: { status?: string; token?: string } } | undefined,
    ];
    if (!device) {
      idb.close();
      return null;
    }
    const token = auth?.value.status === 'active' ? (auth.value.token ?? null) : null;
    return new IdbOutbox(idb, device.value.deviceId, token);
  }

  close(): void {
    this.idb.close();
  }

  async deviceId(): Promise<string> {
    return this.device;
  }

  async peek(limit: number): Promise<Mutation[]> {
    const entries = (await request(
      this.idb.transaction('outbox').objectStore('outbox').getAll(null, limit),
    )) as Entry[];
    return entries.map(({ createdAt: _createdAt, ...mutation }) => mutation);
  }

  async settle(results: readonly MutationResult[]): Promise<void> {
    const tx = this.idb.transaction(['outbox', 'rejected'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    const rejected = tx.objectStore('rejected');
    for (const result of results) {
      const entry = (await request(outbox.index('id').get(result.id))) as Entry | undefined;
      if (!entry) continue;
      if (isRejected(result)) {
        rejected.put({
          ...entry,
          reason: result.reason ?? 'Ditolak server.',
          rejectedAt: Date.now(),
        });
      }
      outbox.delete(entry.seq);
    }
    await done(tx);
  }

  async renumberFrom(seq: number): Promise<void> {
    const tx = this.idb.transaction(['outbox', 'meta'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    const meta = tx.objectStore('meta');
    const pending = (await request(outbox.getAll())) as Entry[];
    outbox.clear();
    pending.forEach((entry, i) => outbox.put({ ...entry, seq: seq + i }));
    const device = (await request(meta.get('device'))) as {
      key: string;
      value: { nextSeq: number };
    };
    meta.put({ ...device, value: { ...device.value, nextSeq: seq + pending.length } });
    await done(tx);
  }
}

function openExisting(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    // No version: open whatever version the page created. If the database does not exist,
    // creating it here would get in the way of the page's Dexie schema, so abort instead.
    const open = indexedDB.open(DB_NAME);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}
