import type { PintuDb } from '../db/db';

/** `meta` key of the sync lease taken where Web Locks are missing. */
const LEASE_KEY = 'syncLease';

type Lease = { holder: string; until: number };

/**
 * Runs `work` if this tab can take the sync lease, else skips it (as `ifAvailable` does with
 * a Web Lock). For browsers without Web Locks (Safari before 15.4, Firefox before 96): the
 * lease lives in IndexedDB, taken and released in transactions, so two tabs never sync at
 * once. It lasts `ttlMs` and is renewed while the work runs; a tab closed mid-sync leaves a
 * lease that simply expires.
 */
export async function withSyncLease(
  db: PintuDb,
  holder: string,
  work: () => Promise<void>,
  ttlMs = 60_000,
  now: () => number = Date.now,
): Promise<boolean> {
  const take = () =>
    db.transaction('rw', db.meta, async () => {
      const lease = (await db.meta.get(LEASE_KEY))?.value as Lease | undefined;
      if (lease && lease.holder !== holder && lease.until > now()) return false;
      await db.meta.put({ key: LEASE_KEY, value: { holder, until: now() + ttlMs } });
      return true;
    });
  if (!(await take())) return false;
  const renew = setInterval(() => void take(), ttlMs / 3);
  try {
    await work();
  } finally {
    clearInterval(renew);
    await db.transaction('rw', db.meta, async () => {
      const lease = (await db.meta.get(LEASE_KEY))?.value as Lease | undefined;
      if (lease?.holder === holder) await db.meta.delete(LEASE_KEY);
    });
  }
  return true;
}
