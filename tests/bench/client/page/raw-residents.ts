// Raw IndexedDB for the write benchmarks: no Dexie, the resident store with the indexes PintuDb
// gives it (src/client/db/db.ts) and an outbox store.

/**
 * Opens (creating) `name` with `residents` and `outbox` stores. The outbox is indexed by mutation
 * id and by record id: one per row (`entityId`), or every record id of a row that holds many
 * changes (`entityIds`, multi-entry).
 */
export function openRawResidents(
  name: string,
  outboxRecordIndex: 'entityId' | 'entityIds' = 'entityId',
): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('residents', { keyPath: 'id' });
      store.createIndex('householdId', 'householdId');
      store.createIndex('area', ['kelurahanCode', 'rw', 'rt']);
      store.createIndex('nik', 'nik');
      store.createIndex('nameWords', 'nameWords', { multiEntry: true });
      const outbox = request.result.createObjectStore('outbox', { keyPath: 'seq' });
      outbox.createIndex('id', 'id', { unique: true });
      outbox.createIndex(outboxRecordIndex, outboxRecordIndex, {
        multiEntry: outboxRecordIndex === 'entityIds',
      });
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}
