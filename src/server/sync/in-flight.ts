import type { Database } from '../db/database';

/** The pushes of this server process whose transactions have not ended yet, per database. */
const inFlight = new WeakMap<Database, Set<Promise<unknown>>>();

/** Registers a push's transaction until it ends (committed or not). */
export function trackPush<T>(db: Database, work: Promise<T>): Promise<T> {
  let set = inFlight.get(db);
  if (!set) inFlight.set(db, (set = new Set()));
  set.add(work);
  const forget = () => set.delete(work);
  work.then(forget, forget);
  return work;
}

/**
 * Waits until the pushes in flight at this moment have ended, or `maxMs` passed. No database
 * round trip: a pull calls this for every first page, and at 200 devices' traffic polling
 * PostgreSQL for running transactions cost more than the wait itself.
 */
export async function pushesInFlightEnded(db: Database, maxMs: number): Promise<void> {
  const running = [...(inFlight.get(db) ?? [])];
  if (running.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(running),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs))),
  ]);
  clearTimeout(timer);
}
