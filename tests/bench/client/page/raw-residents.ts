// Raw IndexedDB for the write benchmarks: no Dexie, the household and resident stores with the
// indexes PintuDb gives them (src/client/db/db.ts) and an outbox store.

/**
 * Opens (creating) `name` with `households`, `residents` and `outbox` stores. The outbox has the indexes of
 * one row per change (version 2: unique mutation id, record id) or of one row per commit
 * (version 3, `outboxRows`: every record id of the row, multi-entry, and its size).
 */
export function openRawResidents(
  name: string,
  outboxRows: 'per-change' | 'per-commit' = 'per-commit',
): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const households = request.result.createObjectStore('households', { keyPath: 'id' });
      households.createIndex('area', ['kelurahanCode', 'rw', 'rt']);
      households.createIndex('searchWords', 'searchWords', { multiEntry: true });
      households.createIndex('kkNumber', 'kkNumber');
      const store = request.result.createObjectStore('residents', { keyPath: 'id' });
      store.createIndex('householdId', 'householdId');
      store.createIndex('area', ['kelurahanCode', 'rw', 'rt']);
      store.createIndex('nik', 'nik');
      store.createIndex('nameWords', 'nameWords', { multiEntry: true });
      const outbox = request.result.createObjectStore('outbox', { keyPath: 'seq' });
      if (outboxRows === 'per-change') {
        outbox.createIndex('id', 'id', { unique: true });
        outbox.createIndex('entityId', 'entityId');
      } else {
        outbox.createIndex('entityIds', 'entityIds', { multiEntry: true });
        outbox.createIndex('size', 'size');
      }
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

/** Puts `records` into `storeName`, `batch` per transaction. */
export async function putAll(
  db: IDBDatabase,
  storeName: string,
  records: readonly object[],
  batch = 2000,
): Promise<void> {
  for (let i = 0; i < records.length; i += batch) {
    await new Promise<void>((done, fail) => {
      const tx = db.transaction(storeName, 'readwrite');
      const store = tx.objectStore(storeName);
      for (const record of records.slice(i, i + batch)) store.put(record);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
  }
}
