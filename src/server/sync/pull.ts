import type { PullResponse } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import { countChanges, readChanges, readWatermark, type ChangeRange } from '../data/changes';
import { ApiError } from '../errors';
import { refuseRead, type Actor, type AreaScope } from './actor';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';

export type PullRequest = { scope: AreaScope; cursor?: string | undefined; limit: number };

/**
 * One page of what changed in an area since the cursor:
 *
 *   1. Ask the policy whether the actor may read the area.
 *   2. Decode the cursor: the last (txid, id) sent, and, in the middle of a download, the
 *      watermark that download reads below.
 *   3. In one REPEATABLE READ snapshot: a new download takes as watermark the oldest
 *      transaction still running (every row below it is final) and counts its rows; then read
 *      the rows after the cursor and below the watermark in (txid, id) order, one more than
 *      asked to know whether more wait.
 *   4. Answer the page and the cursor of its last row. A row written later gets a txid at or
 *      above the watermark, so it comes after the cursor: no row is ever skipped, however
 *      pushes interleave with the pull. A row changed again is simply sent again.
 */
export async function pull(
  db: Database,
  actor: Actor,
  request: PullRequest,
): Promise<PullResponse> {
  // 1.
  const refused = refuseRead(actor, request.scope);
  if (refused) throw new ApiError(403, 'forbidden', refused);
  // 2.
  const cursor = decodeCursor(request.cursor, request.scope);
  // 3.
  const { rows, left, watermark } = await db.transaction(
    async (tx) => {
      const range: ChangeRange = {
        ...request.scope,
        after: { txid: cursor.txid, id: cursor.id },
        watermark: cursor.session?.watermark ?? (await readWatermark(tx)),
      };
      const left = cursor.session?.left ?? (await countChanges(tx, range));
      const rows = await readChanges(tx, range, request.limit + 1);
      return { rows, left, watermark: range.watermark };
    },
    { isolation: 'repeatable read', readOnly: true },
  );
  // 4.
  const hasMore = rows.length > request.limit;
  const page = hasMore ? rows.slice(0, request.limit) : rows;
  const last = page.at(-1);
  const remaining = hasMore ? Math.max(left - page.length, rows.length - page.length) : 0;
  const next: Cursor = {
    txid: last?.txid ?? cursor.txid,
    id: last?.id ?? cursor.id,
    area: cursor.area,
    ...(hasMore ? { session: { watermark, left: remaining } } : {}),
  };
  return {
    changes: page.map(({ txid: _txid, ...change }) => change),
    cursor: encodeCursor(next),
    hasMore,
    remaining,
  };
}
