import { clear, get, set, type UseStore } from 'idb-keyval';
import { SAVED_ANSWERS_DB } from '@client/sync/wipe';

/**
 * A small IndexedDB key-value store of its own (not the field-data Dexie database) holding
 * the last answer of each persisted server query, keyed by its query hash.
 */
export type SavedAnswer = { savedAt: number; data: unknown };

export const ANSWER_DB = SAVED_ANSWERS_DB;
let store: UseStore | undefined;
const answers = () => (store ??= answerStore());

/**
 * idb-keyval's store, but one that lets go of its connection when the device wipe deletes the
 * database (`versionchange`), so the deletion is not blocked by an open dashboard; the next
 * read or write opens a fresh, empty one.
 */
function answerStore(): UseStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(ANSWER_DB);
      request.onupgradeneeded = () => request.result.createObjectStore('answers');
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => {
          db.close();
          opened = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
  return async (mode, callback) => {
    const db = await (opened ??= open());
    return callback(db.transaction('answers', mode).objectStore('answers'));
  };
}

export async function readAnswer(key: string): Promise<SavedAnswer | undefined> {
  try {
    return await get<SavedAnswer>(key, answers());
  } catch {
    return undefined; // storage blocked: the screen still works online
  }
}

export async function writeAnswer(key: string, data: unknown, savedAt = Date.now()): Promise<void> {
  try {
    await set(key, { savedAt, data } satisfies SavedAnswer, answers());
  } catch {
    // storage full or blocked: nothing kept for offline, the answer is still shown
  }
}

/** Forgets every saved answer (the device wipe deletes the whole store: src/client/sync/wipe.ts). */
export function clearAnswers(): Promise<void> {
  return clear(answers());
}
