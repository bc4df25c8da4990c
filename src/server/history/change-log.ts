import type { ChangeLogPage } from '@shared/changes/api';
import { z } from 'zod';
import type { Queryable } from '../db/database';
import { changeLogPeople, kelurahanRws, readChangeLog } from '../data/audit';
import { ApiError } from '../errors';

/** What a change log request asks for: the kelurahan, and optionally an RW and a person. */
export type ChangeLogFilter = { kelurahanCode: string; rw: number | null; userId: string | null };

/**
 * The change log's cursor, opaque to clients like the pull cursor (sync/cursor.ts): the last
 * audit id shown, and the filters it was made for. A cursor of other filters is refused
 * rather than read as a page of these ones (it would skip or repeat rows).
 */
const wireSchema = z.object({ v: z.literal(1), b: z.number().int().min(1), f: z.string() });

const filterKey = (f: ChangeLogFilter) => [f.kelurahanCode, f.rw ?? '', f.userId ?? ''].join('/');

export function encodeChangeCursor(filter: ChangeLogFilter, beforeId: number): string {
  const wire = { v: 1, b: beforeId, f: filterKey(filter) };
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

export function decodeChangeCursor(text: string | undefined, filter: ChangeLogFilter) {
  if (!text) return null;
  let wire: z.infer<typeof wireSchema>;
  try {
    wire = wireSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw new ApiError(400, 'invalid-cursor', 'Cursor tidak dikenal. Muat log dari awal.');
  }
  if (wire.f !== filterKey(filter)) {
    throw new ApiError(
      400,
      'invalid-cursor',
      'Cursor ini untuk saringan lain. Muat log dengan saringan ini dari awal.',
    );
  }
  return wire.b;
}

/** One page of the change log, newest first, and the cursor of the next one. */
export async function changeLogPage(
  q: Queryable,
  filter: ChangeLogFilter,
  cursor: string | undefined,
  limit: number,
): Promise<ChangeLogPage> {
  const beforeId = decodeChangeCursor(cursor, filter);
  const rows = await readChangeLog(q, { ...filter, beforeId, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    kelurahanCode: filter.kelurahanCode,
    entries: page.map(({ id: _id, ...entry }) => entry),
    nextCursor: rows.length > limit && last ? encodeChangeCursor(filter, last.id) : null,
    people: await changeLogPeople(q, filter),
    rws: filter.rw === null ? await kelurahanRws(q, filter.kelurahanCode) : [filter.rw],
  };
}
