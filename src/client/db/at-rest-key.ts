import { keysOf, type AtRestKeys } from './at-rest';
import type { PintuDb } from './db';

/**
 * The phone's data key (at-rest.ts seals records with it): 32 random bytes, stored only
 * wrapped (AES-256-GCM, WebCrypto) by a key derived from the PIN (the last 256 bits of the
 * PIN's PBKDF2, features/auth/data/pin.ts), in `meta` under `at-rest`. In memory while the
 * phone is unlocked; in sessionStorage too, so a page the phone reloads within the idle time
 * opens without the PIN, as the lock does (use-lock.ts); locking forgets both.
 */
export const AT_REST_KEY = 'at-rest';
const SESSION_KEY = 'pintu:at-rest-key';

export type WrappedDataKey = {
  version: 1;
  cipher: 'AES-256-GCM';
  iv: string;
  wrapped: string;
  /** False until every record stored before the key existed is sealed (sealClearRecords). */
  allSealed: boolean;
};

/** The data key could not be opened with this PIN's key (should not happen after a right PIN). */
export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

/**
 * Opens the phone's records with the PIN's wrapping key: unwraps the data key (makes one the
 * first time: a new phone, or one upgraded from version 5), keeps it in memory and seals
 * whatever is still stored in clear. Called after the PIN was checked.
 */
export async function openRecords(db: PintuDb, wrapKey: Uint8Array): Promise<void> {
  const stored = (await db.meta.get(AT_REST_KEY))?.value as WrappedDataKey | undefined;
  let dataKey: Uint8Array;
  if (stored) {
    dataKey = await unwrap(stored, wrapKey);
  } else {
    dataKey = crypto.getRandomValues(new Uint8Array(32));
    await db.meta.put({ key: AT_REST_KEY, value: await wrap(dataKey, wrapKey, false) });
  }
  const keys = keysOf(dataKey);
  db.atRest.open(keys);
  rememberForSession(keys);
  if (!stored?.allSealed) await sealClearRecords(db);
}

/** The data key wrapped again by a new PIN's key (a PIN change), in the same write as `then`. */
export async function rewrapDataKey(
  db: PintuDb,
  oldWrapKey: Uint8Array,
  newWrapKey: Uint8Array,
): Promise<void> {
  const stored = (await db.meta.get(AT_REST_KEY))?.value as WrappedDataKey | undefined;
  if (!stored) throw new DataKeyError('Belum ada kunci data di ponsel ini.');
  const dataKey = await unwrap(stored, oldWrapKey);
  await db.meta.put({ key: AT_REST_KEY, value: await wrap(dataKey, newWrapKey, stored.allSealed) });
}

/** Forgets the key: the records stay stored, unreadable until the PIN is typed again. */
export function closeRecords(db: PintuDb): void {
  db.atRest.close();
  try {
    globalThis.sessionStorage?.removeItem(SESSION_KEY);
  } catch {
    // Storage blocked: nothing was kept there.
  }
}

/** The key a reload within the idle time finds (null: the PIN is needed). */
export function restoreFromSession(db: PintuDb): boolean {
  try {
    const saved = globalThis.sessionStorage?.getItem(SESSION_KEY);
    if (!saved) return false;
    db.atRest.open(keysOf(fromBase64(saved)));
    return true;
  } catch {
    return false;
  }
}

function rememberForSession(keys: AtRestKeys): void {
  try {
    globalThis.sessionStorage?.setItem(SESSION_KEY, toBase64(keys.dataKey));
  } catch {
    // Storage blocked: a reload asks for the PIN.
  }
}

/**
 * Puts back, through the sealing middleware, every record still stored in clear: records of
 * a phone upgraded from version 5, or written before its first unlock. One transaction per
 * table, a thousand records a time; marks the key `allSealed` at the end.
 */
export async function sealClearRecords(db: PintuDb): Promise<number> {
  let sealed = 0;
  for (const table of [...db.fieldTables, db.outboxRows, db.rejected]) {
    await db.transaction('rw', table, async () => {
      const rows = (await table.toArray()) as object[];
      for (let i = 0; i < rows.length; i += 1000) {
        await (table as typeof db.households).bulkPut(rows.slice(i, i + 1000) as never);
      }
      sealed += rows.length;
    });
  }
  await db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(AT_REST_KEY);
    if (entry) {
      await db.meta.put({
        key: AT_REST_KEY,
        value: { ...(entry.value as WrappedDataKey), allSealed: true },
      });
    }
  });
  return sealed;
}

async function wrap(
  dataKey: Uint8Array,
  wrapKey: Uint8Array,
  allSealed: boolean,
): Promise<WrappedDataKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await importWrapKey(wrapKey);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    key,
    dataKey as BufferSource,
  );
  return {
    version: 1,
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    wrapped: toBase64(new Uint8Array(wrapped)),
    allSealed,
  };
}

async function unwrap(stored: WrappedDataKey, wrapKey: Uint8Array): Promise<Uint8Array> {
  try {
    const key = await importWrapKey(wrapKey);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(stored.iv) as BufferSource },
      key,
      fromBase64(stored.wrapped) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    throw new DataKeyError('Kunci data tidak dapat dibuka.');
  }
}

function importWrapKey(bits: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bits as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
