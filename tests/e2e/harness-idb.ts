// IndexedDB seen from inside the page, with the raw API (no Dexie): what is really stored.
import { changesOf, type OutboxChange, type OutboxRow } from '@shared/sync/outbox-rows';
import type { Page } from 'playwright-core';

/** Waits until the app has created its database with the given object store. */
export async function waitForDatabase(
  page: Page,
  store = 'meta',
  dbName = 'pintu',
  timeoutMs = 15_000,
): Promise<void> {
  await page.waitForFunction(
    async ([name, storeName]) => {
      const known = await indexedDB.databases();
      if (!known.some((d) => d.name === name)) return false;
      return new Promise<boolean>((done) => {
        const open = indexedDB.open(name);
        open.onerror = () => done(false);
        open.onsuccess = () => {
          const has = open.result.objectStoreNames.contains(storeName);
          open.result.close();
          done(has);
        };
      });
    },
    [dbName, store] as const,
    { timeout: timeoutMs, polling: 100 },
  );
}

/** Every record of one object store. */
export function readIndexedDb<T = unknown>(
  page: Page,
  store: string,
  dbName = 'pintu',
): Promise<T[]> {
  return page.evaluate(
    ([name, storeName]) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          if (!idb.objectStoreNames.contains(storeName)) {
            idb.close();
            return done([]);
          }
          const request = idb.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => {
            idb.close();
            done(request.result as T[]);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    [dbName, store] as const,
  );
}

/**
 * The phone's pending changes in sequence order, as the push sends them: the changes inside
 * the outbox's rows (one row per commit, src/shared/sync/outbox-rows.ts).
 */
export async function readOutbox<T = OutboxChange>(page: Page): Promise<T[]> {
  const rows = await readIndexedDb<OutboxRow>(page, 'outboxRows');
  return changesOf(rows.sort((a, b) => a.seq - b.seq)) as T[];
}

/** Every record of every object store, by store name. */
export function dumpIndexedDb(page: Page, dbName = 'pintu'): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown[]>>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const dump: Record<string, unknown[]> = {};
          if (names.length === 0) return done(dump);
          const tx = idb.transaction(names, 'readonly');
          for (const storeName of names) {
            const request = tx.objectStore(storeName).getAll();
            request.onsuccess = () => (dump[storeName] = request.result);
          }
          tx.oncomplete = () => {
            idb.close();
            done(dump);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    dbName,
  );
}

/** Record counts of every object store, e.g. `{ households: 3, outbox: 5 }`. */
export async function countIndexedDb(
  page: Page,
  dbName = 'pintu',
): Promise<Record<string, number>> {
  const dump = await dumpIndexedDb(page, dbName);
  return Object.fromEntries(Object.entries(dump).map(([store, rows]) => [store, rows.length]));
}

/**
 * Puts records into an existing store in one transaction (the app's database must exist:
 * see waitForDatabase). Bypasses the app's write path: for setting up a test, not for
 * testing writes. The app's live queries do not see it until the page reloads.
 */
export function writeIndexedDb(
  page: Page,
  store: string,
  records: readonly unknown[],
  dbName = 'pintu',
): Promise<void> {
  return page.evaluate(
    ([name, storeName, rows]) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(storeName, 'readwrite');
          for (const row of rows) tx.objectStore(storeName).put(row);
          tx.oncomplete = () => {
            idb.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [dbName, store, records] as const,
  );
}
