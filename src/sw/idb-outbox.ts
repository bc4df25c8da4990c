import {
  changesOf,
  renumberRows,
  settleRows,
  toMutation,
  type OutboxRow,
} from '@shared/sync/outbox-rows';
import { ANSWERED_RECORDS_KEY } from '@shared/sync/messages';
import type { CurrentRecords, Mutation, MutationResult } from '@shared/sync/protocol';
import type { OutboxStore } from '@shared/sync/push-loop';

/**
 * The page's outbox, read with plain IndexedDB: the worker cannot import the page's Dexie
 * class. Store names are those of src/client/db/db.ts (`outboxRows` keyed by `seq`, one row
 * per commit; `rejected` keyed by `id`; `meta` keyed by `key`); the rows are the same plain
 * objects Dexie writes, changed with the same functions (src/shared/sync/outbox-rows.ts), so
 * both sides read each other's writes.
 */
const DB_NAME = 'pintu';
const OUTBOX = 'outboxRows';
/** The sealed part of a row (src/client/db/at-rest.ts `SEALED`). */
const SEALED = 'sealed';

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
    // A database the page has not yet moved to one row per commit has no `outboxRows`: the
    // page pushes it after its upgrade.
    if (!names.contains(OUTBOX) || !names.contains('meta') || !names.contains('rejected')) {
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
    const tx = this.idb.transaction(OUTBOX);
    const rows = await headRows(tx.objectStore(OUTBOX), limit);
    return changesOf(rows, limit).map(toMutation);
  }

  /**
   * As the page's `DexieOutbox.settle`: the answers concern the head of the outbox. The
   * server's current records wait in `meta` for the page to land them (it adds the search
   * fields its tables index); until then the page still shows its own values.
   */
  async settle(results: readonly MutationResult[], current: CurrentRecords): Promise<void> {
    const tx = this.idb.transaction([OUTBOX, 'rejected', 'meta'], 'readwrite');
    const outbox = tx.objectStore(OUTBOX);
    const rejectedStore = tx.objectStore('rejected');
    if (current.records.length > 0 || current.absent.length > 0) {
      const meta = tx.objectStore('meta');
      const saved = (await request(meta.get(ANSWERED_RECORDS_KEY))) as
        { value: CurrentRecords } | undefined;
      meta.put({ key: ANSWERED_RECORDS_KEY, value: laterWins(saved?.value, current) });
    }
    const { put, remove, rejected } = settleRows(
      await headRows(outbox, results.length),
      results,
      Date.now(),
    );
    for (const row of put) outbox.put(row);
    for (const key of remove) outbox.delete(key);
    for (const change of rejected) rejectedStore.put(change);
    await done(tx);
  }

  async renumberFrom(seq: number): Promise<void> {
    const tx = this.idb.transaction([OUTBOX, 'meta'], 'readwrite');
    const outbox = tx.objectStore(OUTBOX);
    const meta = tx.objectStore('meta');
    const { rows, nextSeq } = renumberRows((await request(outbox.getAll())) as OutboxRow[], seq);
    outbox.clear();
    for (const row of rows) outbox.put(row);
    const device = (await request(meta.get('device'))) as {
      key: string;
      value: { nextSeq: number };
    };
    meta.put({ ...device, value: { ...device.value, nextSeq } });
    await done(tx);
  }
}

/** Two answers' records as one: the later answer's state of a record replaces the earlier. */
function laterWins(earlier: CurrentRecords | undefined, later: CurrentRecords): CurrentRecords {
  if (!earlier) return later;
  const ids = new Set([...later.records, ...later.absent].map((r) => r.id));
  return {
    records: [...earlier.records.filter((r) => !ids.has(r.id)), ...later.records],
    absent: [...earlier.absent.filter((r) => !ids.has(r.id)), ...later.absent],
  };
}

/** The oldest rows, in key order, until they hold at least `changes` changes (or all). */
function headRows(outbox: IDBObjectStore, changes: number): Promise<OutboxRow[]> {
  return new Promise((resolve, reject) => {
    const rows: OutboxRow[] = [];
    let held = 0;
    const cursor = outbox.openCursor();
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(rows);
      const row = at.value as OutboxRow;
      // A sealed row (src/client/db/at-rest.ts) needs the key, which only the unlocked page
      // holds: the worker pushes none from there on, the page does.
      if (SEALED in row) return resolve(rows);
      rows.push(row);
      held += row.size;
      if (held >= changes) return resolve(rows);
      at.continue();
    };
  });
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
