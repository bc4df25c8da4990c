import { clear, createStore, get, set } from 'idb-keyval';

/**
 * A small IndexedDB key-value store of its own (not the field-data Dexie database) holding
 * the last answer of each persisted server query, keyed by its query hash.
 */
export type SavedAnswer = { savedAt: number; data: unknown };

export const ANSWER_DB = 'pintu-answers';
let store: ReturnType<typeof createStore> | undefined;
const answers = () => (store ??= createStore(ANSWER_DB, 'answers'));

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

/** Forgets every saved answer (sign-out and revocation must call this with the device wipe). */
export function clearAnswers(): Promise<void> {
  return clear(answers());
}
