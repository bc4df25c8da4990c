import type { PullResponse } from '@shared/sync/protocol';
import type { PintuDb } from '../db/db';
import { getDeviceId } from '../db/device';
import { applyPulledPage } from './apply-pulled';
import { loadSyncState, updateSyncState } from './sync-state';
import type { SyncTransport } from './transport';

export type PullScope = { kelurahanCode: string; rw?: number | undefined };

export type Progress = { done: number; total: number };

export function scopeKey(scope: PullScope): string {
  return scope.rw === undefined ? scope.kelurahanCode : `${scope.kelurahanCode}/${scope.rw}`;
}

/**
 * Pulls everything new for the area, page by page from the saved cursor:
 *   1. load the cursor (a different area than last time starts from the beginning);
 *   2. fetch a page; while it is written, already fetch the next one (network and disk
 *      overlap, which matters on the first download of a whole RW or kelurahan);
 *   3. write each page and its cursor in one transaction, so a pull cut short resumes
 *      exactly where it stopped and never skips or repeats a page;
 *   4. report progress from the server's count of what remains.
 */
export async function pullAll(
  db: PintuDb,
  transport: SyncTransport,
  scope: PullScope,
  onProgress: (progress: Progress) => void = () => {},
  pageSize = 2000,
): Promise<number> {
  const key = scopeKey(scope);
  const state = await loadSyncState(db);
  const deviceId = await getDeviceId(db);
  const fetchPage = (cursor: string | null) =>
    transport.pull({
      deviceId,
      cursor,
      limit: pageSize,
      kelurahanCode: scope.kelurahanCode,
      rw: scope.rw,
    });

  let page: PullResponse = await fetchPage(state.scope === key ? state.cursor : null);
  let done = 0;
  for (;;) {
    const next = page.hasMore ? fetchPage(page.cursor) : null;
    next?.catch(() => {}); // awaited below; a failure while writing must not go unhandled
    const cursor = page.cursor;
    await applyPulledPage(db, page.changes, () => updateSyncState(db, { scope: key, cursor }));
    done += page.changes.length;
    onProgress({ done, total: done + page.remaining });
    if (!next) return done;
    page = await next;
  }
}
