import { entitiesOfVersion } from '@shared/domain/entities';
import { SCHEMA_VERSION, type PullResponse } from '@shared/sync/protocol';
import { recordsForVersion } from './wire-records';
import type { Database } from '../db/database';
import { countChanges, readChangePage } from '../data/changes';
import { ApiError } from '../errors';
import { pullArea, type Actor, type AreaScope } from './actor';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import { pushesInFlightEnded } from './in-flight';
import { forAppVersion } from './older-apps';

/** How long the first page of a download waits for pushes in flight to commit (step 3). */
const SETTLE_MS = 100;

/**
 * `scope`: what the device names (nothing: the user's whole area), narrowing the user's area.
 * `schemaVersion`: the app's; an older app is not sent entities it does not know.
 */
export type PullRequest = {
  scope: AreaScope;
  cursor?: string | undefined;
  limit: number;
  schemaVersion?: number;
};

/**
 * One page of what changed in an area since the cursor:
 *
 *   1. Ask the policy what the actor reads: the user's area, narrowed by what the request
 *      names; naming anything outside the user's area is refused (403).
 *   2. Decode the cursor: the last (txid, id) sent and, in the middle of a download, how
 *      many rows it still had to send (for the progress bar). A cursor made before the
 *      user's area changed starts the download over.
 *   3. The first page of a download waits, briefly, for this server's pushes in flight at
 *      this moment to end, so that what they write is in this download rather than the next
 *      (a freshness nicety only: step 4 alone never skips a row).
 *   4. In one statement (one snapshot), take as watermark the oldest transaction still
 *      running: every transaction below it has ended, so no row with a smaller txid can still
 *      appear. Read the rows after the cursor and below the watermark in (txid, id) order,
 *      one more than asked, to know whether more wait; the first page of a download that
 *      does not fit in one page also counts the download's rows (for the progress bar).
 *   5. Answer the page, the cursor of its last row and the user's current area (the device
 *      adopts it). A row written later gets a txid at or above the watermark, so it comes
 *      after the cursor: no row is ever skipped, however pushes interleave with the pull. A
 *      row changed again is simply sent again.
 */
export async function pull(
  db: Database,
  actor: Actor,
  request: PullRequest,
): Promise<PullResponse> {
  // 1.
  const decision = pullArea(actor, request.scope);
  if (!decision.ok) throw new ApiError(decision.status, decision.code, decision.reason);
  const userArea = actor.user!.area;
  // 2.
  const cursor = decodeCursor(request.cursor, request.scope, userArea);
  // 3.
  if (cursor.left === undefined) await pushesInFlightEnded(db, SETTLE_MS);
  // 4.
  const version = request.schemaVersion ?? SCHEMA_VERSION;
  const range = {
    ...decision.area,
    after: { txid: cursor.txid, id: cursor.id },
    entities: entitiesOfVersion(version),
  };
  const rows = (await readChangePage(db, range, request.limit + 1)).changes;
  // The first page of a download: its size for the progress bar, counted only when the
  // page is full (a page that is not full is the whole download).
  const left =
    cursor.left ?? (rows.length > request.limit ? await countChanges(db, range) : rows.length);
  // 5.
  const hasMore = rows.length > request.limit;
  const sent = hasMore ? rows.slice(0, request.limit) : rows;
  const last = sent.at(-1);
  // Rows written during a long download come on top of the count made at its start.
  const remaining = hasMore ? Math.max(left - sent.length, 1) : 0;
  const next: Cursor = {
    txid: last?.txid ?? cursor.txid,
    id: last?.id ?? cursor.id,
    area: cursor.area,
    user: cursor.user,
    ...(hasMore ? { left: remaining } : {}),
  };
  return {
    changes: recordsForVersion(
      sent.map(({ txid: _txid, ...change }) => forAppVersion(change, version)),
      request.schemaVersion,
    ),
    cursor: encodeCursor(next),
    hasMore,
    remaining,
    area: userArea,
  };
}
