// IndexedDB seen from inside the page, with the raw API (no Dexie): what is really stored.
// Records are sealed at rest (src/client/db/at-rest.ts): the readers below open them here, in
// Node, with the data key the unlocked page keeps in its sessionStorage (`pintu:at-rest-key`),
// as the app would; the `raw` readers return the bytes as stored.
import { AtRestState, CLEAR_FIELDS, keysOf, openRecord } from '@client/db/at-rest';
import { changesOf, type OutboxChange, type OutboxRow } from '@shared/sync/outbox-rows';
import type { Page } from 'playwright-core';

/** Stored bytes come out of the page as `{ bytes: base64 }`. */
type PageBytes = { bytes: string };

function fromPage(value: unknown): unknown {
  if (value && typeof value === 'object' && 'bytes' in value && Object.keys(value).length === 1) {
    return Uint8Array.from(Buffer.from((value as PageBytes).bytes, 'base64'));
  }
  if (Array.isArray(value)) return value.map(fromPage);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromPage(v)]));
  }
  return value;
}

/** The page's data key while it is unlocked, as a state to open records with. */
async function pageKeys(page: Page): Promise<AtRestState> {
  const saved = await page.evaluate(() => sessionStorage.getItem('pintu:at-rest-key'));
  const state = new AtRestState();
  if (saved) state.open(keysOf(Uint8Array.from(Buffer.from(saved, 'base64'))));
  return state;
}

/**
 * Every record of every store (or of `only`), as stored, bytes as `{ bytes }`: run in the
 * page, as a string (tsx would wrap a named helper in a `__name` the page lacks).
 */
const DUMP_IN_PAGE = `(([name, only]) => {
  const encode = (value) => {
    if (value instanceof Uint8Array) {
      let text = '';
      for (const byte of value) text += String.fromCharCode(byte);
      return { bytes: btoa(text) };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };
  return new Promise((done, fail) => {
    const open = indexedDB.open(name);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      const names = [...idb.objectStoreNames].filter((n) => only === null || n === only);
      const dump = {};
      if (names.length === 0) {
        idb.close();
        return done(dump);
      }
      const tx = idb.transaction(names, 'readonly');
      for (const storeName of names) {
        const request = tx.objectStore(storeName).getAll();
        request.onsuccess = () => (dump[storeName] = request.result.map(encode));
      }
      tx.oncomplete = () => {
        idb.close();
        done(dump);
      };
      tx.onerror = () => fail(tx.error);
    };
  });
})`;

/** Every store as stored, sealed bytes and all, by store name. */
export async function dumpRawIndexedDb(
  page: Page,
  dbName = 'pintu',
  only: string | null = null,
): Promise<Record<string, unknown[]>> {
  const dump = await page.evaluate<Record<string, unknown[]>>(
    `${DUMP_IN_PAGE}(${JSON.stringify([dbName, only])})`,
  );
  return fromPage(dump) as Record<string, unknown[]>;
}

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

/** Every record of one object store, opened with the page's key when it is unlocked. */
export async function readIndexedDb<T = unknown>(
  page: Page,
  store: string,
  dbName = 'pintu',
): Promise<T[]> {
  return ((await dumpIndexedDb(page, dbName, store))[store] ?? []) as T[];
}

/**
 * The phone's pending changes in sequence order, as the push sends them: the changes inside
 * the outbox's rows (one row per commit, src/shared/sync/outbox-rows.ts).
 */
export async function readOutbox<T = OutboxChange>(page: Page): Promise<T[]> {
  const rows = await readIndexedDb<OutboxRow>(page, 'outboxRows');
  return changesOf(rows.sort((a, b) => a.seq - b.seq)) as T[];
}

/** Every record of every object store, by store name, opened as `readIndexedDb` does. */
export async function dumpIndexedDb(
  page: Page,
  dbName = 'pintu',
  only: string | null = null,
): Promise<Record<string, unknown[]>> {
  const [dump, state] = await Promise.all([dumpRawIndexedDb(page, dbName, only), pageKeys(page)]);
  return Object.fromEntries(
    Object.entries(dump).map(([store, rows]) => [
      store,
      CLEAR_FIELDS[store] ? rows.map((row) => openRecord(store, row, state)) : rows,
    ]),
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
