// Page side of first-sync.ts: runs in Chromium, imported through Vite's dev server, and talks
// to the real sync server on another loopback port (the page is opened with web security off,
// so no proxy sits between the browser and the server).
import { withIndexFields } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { TABLE_OF } from '@client/db/schema';
import { pullAll, type PullScope } from '@client/sync/pull';
import { httpTransport, type SyncTransport } from '@client/sync/transport';
import { getDeviceId } from '@client/db/device';
import { applyPulledPage } from '@client/sync/apply-pulled';
import { updateSyncState } from '@client/sync/sync-state';
import { uuidv7 } from '@shared/ids';
import type { RecordChange } from '@shared/sync/protocol';

let serverUrl = '';
let transport: SyncTransport;
let run = 0;

/** The pages of each area's download, kept for the measures that need no network. */
const downloads = new Map<string, { pages: RecordChange[][]; counts: Record<string, number> }>();
const keyOf = (scope: PullScope) => `${scope.kelurahanCode}/${scope.rw ?? '*'}`;

let token = '';
let deviceId = '';

/** The server, and the device token of a lurah of the kelurahan (signed in by first-sync.ts). */
export function setServer(url: string, deviceToken: string): void {
  serverUrl = url;
  token = deviceToken;
  deviceId = deviceToken.split('.')[0]!;
  transport = signedIn(httpTransport(url, undefined, 30_000, async () => token));
}

/** Every pull names the signed-in device, whichever database the measure writes into. */
function signedIn(inner: SyncTransport): SyncTransport {
  return {
    push: (request) => inner.push({ ...request, deviceId }),
    pull: (params) => inner.pull({ ...params, deviceId }),
  };
}

/**
 * Downloads the area once, untimed (it also warms the server and Vite), keeps its pages, and
 * counts the bytes of the JSON answers. Returns the records per table, the bytes, and the
 * households per RW (to pick an RW of the usual size).
 */
export async function download(scope: PullScope, pageSize: number) {
  let bytes = 0;
  const counting = signedIn(
    httpTransport(
      serverUrl,
      async (...args) => {
        const response = await fetch(...args);
        const text = await response.text();
        bytes += text.length; // the JSON is ASCII apart from a few names: characters ≈ bytes
        return new Response(text, { status: response.status, headers: response.headers });
      },
      30_000,
      async () => token,
    ),
  );
  const pages: RecordChange[][] = [];
  const counts: Record<string, number> = {};
  const householdsPerRw: Record<number, number> = {};
  let cursor: string | null = null;
  for (;;) {
    const page = await counting.pull({
      deviceId: uuidv7(),
      cursor,
      limit: pageSize,
      kelurahanCode: scope.kelurahanCode,
      rw: scope.rw,
    });
    pages.push(page.changes);
    for (const c of page.changes) {
      counts[TABLE_OF[c.entity]] = (counts[TABLE_OF[c.entity]] ?? 0) + 1;
      if (c.entity === 'household') {
        const rw = c.values.rw as number;
        householdsPerRw[rw] = (householdsPerRw[rw] ?? 0) + 1;
      }
    }
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  downloads.set(keyOf(scope), { pages, counts });
  return { counts, bytes, pages: pages.length, householdsPerRw };
}

/** Every record of the download as `applyPulledPage` stores it (empty outbox), per table. */
function storedRecords(scope: PullScope): Map<string, object[]> {
  const stored = new Map<string, object[]>(Object.values(TABLE_OF).map((t) => [t, []]));
  for (const page of downloads.get(keyOf(scope))!.pages) {
    for (const c of page) {
      const record = { ...c.values, id: c.id, hlc: c.hlc, ...(c.deleted ? { deleted: true } : {}) };
      stored.get(TABLE_OF[c.entity])!.push(withIndexFields(c.entity, record as never));
    }
  }
  return stored;
}

async function checkCounts(db: PintuDb, scope: PullScope): Promise<void> {
  for (const [table, sent] of Object.entries(downloads.get(keyOf(scope))!.counts)) {
    const n = await db.table(table).count();
    if (n !== sent) throw new Error(`${table}: ${n} on the device, ${sent} sent`);
  }
}

/**
 * First sync through the real device code: an empty database, then `pullAll` with the HTTP
 * transport until it resolves (every page and its cursor committed). Also splits the time:
 * how long `pullAll` stood waiting for a page to arrive (network + JSON not hidden behind the
 * writes), the rest being the writes of `applyPulledPage`.
 */
export async function firstSync(scope: PullScope, pageSize: number, firstPageSize?: number) {
  const db = new PintuDb(`sync-bench-${run++}`);
  await db.open();
  const arrived: number[] = [];
  const applied: number[] = [];
  const timed: SyncTransport = {
    push: (request) => transport.push(request),
    pull: async (params) => {
      const page = await transport.pull(params);
      arrived.push(performance.now());
      return page;
    },
  };
  const start = performance.now();
  const progress = () => applied.push(performance.now());
  const records = await pullAll(db, timed, scope, progress, pageSize, firstPageSize);
  const ms = performance.now() - start;

  let waiting = arrived[0]! - start;
  for (let i = 1; i < arrived.length; i++) waiting += Math.max(0, arrived[i]! - applied[i - 1]!);
  await checkCounts(db, scope);
  db.close();
  await db.delete();
  return {
    ms,
    waitingMs: waiting,
    firstPageMs: arrived[0]! - start,
    records,
    pages: arrived.length,
  };
}

/** Network and JSON alone: every page fetched and parsed one after another, nothing written. */
export async function networkOnly(scope: PullScope, pageSize: number) {
  const start = performance.now();
  let cursor: string | null = null;
  let records = 0;
  for (;;) {
    const page = await transport.pull({
      deviceId: uuidv7(),
      cursor,
      limit: pageSize,
      kelurahanCode: scope.kelurahanCode,
      rw: scope.rw,
    });
    records += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { ms: performance.now() - start, records };
}

/**
 * The device code without the network: the kept pages through `applyPulledPage`, each with
 * its cursor, one after another, as `pullAll` would write them had every page been there.
 */
export async function writesOnly(scope: PullScope) {
  const db = new PintuDb(`sync-bench-${run++}`);
  await db.open();
  const key = keyOf(scope);
  const start = performance.now();
  await getDeviceId(db);
  for (const [i, page] of downloads.get(key)!.pages.entries()) {
    const cursor = String(i);
    await applyPulledPage(db, page, () => updateSyncState(db, { scope: key, cursor }));
  }
  const ms = performance.now() - start;
  await checkCounts(db, scope);
  db.close();
  await db.delete();
  return { ms };
}

/**
 * The floor: the same stored records put straight into IndexedDB, no Dexie, in a database
 * with the same object stores and indexes as PintuDb (read from its Dexie schema, so the two
 * stay in step), `txSize` records per transaction, table after table.
 */
export async function rawWrites(scope: PullScope, txSize: number) {
  const stored = storedRecords(scope);
  const name = `sync-bench-raw-${run++}`;
  const idb = await openLike(name, new PintuDb(name));
  const start = performance.now();
  for (const [table, rows] of stored) {
    for (let i = 0; i < rows.length; i += txSize) {
      await new Promise<void>((done, fail) => {
        const tx = idb.transaction(table, 'readwrite');
        const store = tx.objectStore(table);
        for (let j = i; j < Math.min(rows.length, i + txSize); j++) store.put(rows[j]);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
    }
  }
  const ms = performance.now() - start;
  idb.close();
  await new Promise((done) => (indexedDB.deleteDatabase(name).onsuccess = done));
  return { ms };
}

function openLike(name: string, like: PintuDb): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const { name: table, schema } of like.tables) {
        const store = request.result.createObjectStore(table, {
          keyPath: schema.primKey.keyPath ?? null,
          autoIncrement: schema.primKey.auto ?? false,
        });
        for (const index of schema.indexes) {
          store.createIndex(index.name, index.keyPath!, {
            unique: index.unique ?? false,
            multiEntry: index.multi ?? false,
          });
        }
      }
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}
