import type { PullResponse } from '@shared/sync/protocol';
import type { PintuDb } from '../db/db';
import { getDeviceId } from '../db/device';
import { applyPulledPage } from './apply-pulled';
import { saveProgrammeTarget } from '../db/programme';
import { sameArea } from './area-notice';
import { loadSyncState, updateSyncState } from './sync-state';
import type { SyncTransport } from './transport';

/** What to pull: a kelurahan or RW inside the user's area, or `{}` for the whole of it. */
export type PullScope = { kelurahanCode?: string | undefined; rw?: number | undefined };

export type Progress = { done: number; total: number };

/**
 * Records in the first page of a pull. Nothing can be written before the first page is in,
 * so it is small and the writes start after a short wait; each page after it is twice the
 * one before, up to the page size, so that every page still arrives while the one before it
 * is written (fetching a record takes a third of the time of writing it, or less).
 */
export const FIRST_PAGE_SIZE = 250;

/** The server adds the user's current area to every pull answer (docs/sync-protocol.md). */

export function scopeKey(scope: PullScope): string {
  if (!scope.kelurahanCode) return 'area';
  return scope.rw === undefined ? scope.kelurahanCode : `${scope.kelurahanCode}/${scope.rw}`;
}

/**
 * Pulls everything new for the area, page by page from the saved cursor:
 *   1. load the cursor (a different area than last time starts from the beginning);
 *   2. if the answer's user area is not the one the local data was pulled for, drop what
 *      fell outside it and start over from the beginning (`adoptArea`);
 *   3. fetch a small first page, then pages twice as large up to `pageSize`; while a page is
 *      written, already fetch the next one (network and disk overlap, which matters on the
 *      first download of a whole RW or kelurahan);
 *   4. write each page and its cursor in one transaction, so a pull cut short resumes
 *      exactly where it stopped and never skips or repeats a page;
 *   5. report progress from the server's count of what remains.
 */
export async function pullAll(
  db: PintuDb,
  transport: SyncTransport,
  scope: PullScope,
  onProgress: (progress: Progress) => void = () => {},
  pageSize = 2000,
  firstPageSize = Math.min(pageSize, FIRST_PAGE_SIZE),
): Promise<number> {
  const key = scopeKey(scope);
  const state = await loadSyncState(db);
  const deviceId = await getDeviceId(db);
  const fetchPage = (cursor: string | null, limit: number): Promise<PullResponse> =>
    transport.pull({
      deviceId,
      cursor,
      limit,
      kelurahanCode: scope.kelurahanCode,
      rw: scope.rw,
    });

  const cursor = state.scope === key ? state.cursor : null;
  let page = await fetchPage(cursor, firstPageSize);
  if (page.area && !sameArea(page.area, state.area)) {
    // Loaded here only: an area changes on a phone's first pull and rarely after.
    const { adoptArea } = await import('./area-change');
    await adoptArea(db, page.area, key);
    if (cursor !== null) page = await fetchPage(null, firstPageSize);
  }
  if (page.target !== undefined) await saveProgrammeTarget(db, page.target);
  let done = 0;
  let limit = firstPageSize;
  for (;;) {
    limit = Math.min(pageSize, limit * 2);
    const next = page.hasMore ? fetchPage(page.cursor, limit) : null;
    next?.catch(() => {}); // awaited below; a failure while writing must not go unhandled
    const cursor = page.cursor;
    await applyPulledPage(db, page.changes, () => updateSyncState(db, { scope: key, cursor }));
    done += page.changes.length;
    onProgress({ done, total: done + page.remaining });
    if (!next) return done;
    page = await next;
  }
}
