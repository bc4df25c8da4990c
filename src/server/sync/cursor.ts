import type { UserArea } from '@shared/auth/roles';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AreaScope } from './actor';

/**
 * The pull cursor, opaque to devices: the (txid, id) of the last row sent, the area the
 * device asked for, the user's area when it was made, and while a download runs over several
 * pages, how many rows it still had to send (for the progress bar). See docs/sync-protocol.md.
 */
export type Cursor = {
  txid: string;
  id: string;
  /** What the device asked for (`areaKey`); another one is a mistake: 400. */
  area: string;
  /** The user's area (`userAreaKey`); when it changed, the download starts over. */
  user: string;
  /** Set while more pages of this download wait. */
  left?: number;
};

export const START_ID = '00000000-0000-0000-0000-000000000000';

/** The largest xid8 (an unsigned 64-bit integer): the database refuses to cast a larger txid. */
const XID8_MAX = 2n ** 64n - 1n;

const wireSchema = z.object({
  v: z.literal(1),
  // As PostgreSQL prints them (pull.ts reads `txid::text` and `id`): no leading zeros, lower case.
  t: z
    .string()
    .regex(/^(0|[1-9]\d{0,19})$/)
    .refine((t) => BigInt(t) <= XID8_MAX),
  i: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  a: z.string(),
  u: z.string().optional(),
  n: z.number().int().min(0).optional(),
});

export function areaKey(scope: AreaScope): string {
  return [scope.kelurahanCode ?? '', scope.rw ?? '', scope.rt ?? ''].join('/');
}

export function userAreaKey(area: UserArea | null | undefined): string {
  if (!area) return '';
  return [area.kelurahanCode ?? '', area.rw ?? '', [...area.rts].sort((a, b) => a - b)].join('/');
}

export function startCursor(scope: AreaScope, user: UserArea | null | undefined): Cursor {
  return { txid: '0', id: START_ID, area: areaKey(scope), user: userAreaKey(user) };
}

export function encodeCursor(c: Cursor): string {
  const wire = { v: 1, t: c.txid, i: c.id, a: c.area, u: c.user, n: c.left };
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

/**
 * The cursor a device sent back. One that is unreadable or for another area than the one
 * asked is refused. One made before the user's area changed (grown, shrunk, moved) starts
 * the download over: rows of a newly added RT may lie behind it, and the device, seeing the
 * new area in the answer, drops what fell outside and pulls again from the start.
 */
export function decodeCursor(
  text: string | undefined,
  scope: AreaScope,
  user: UserArea | null | undefined,
): Cursor {
  if (!text) return startCursor(scope, user);
  let wire: z.infer<typeof wireSchema>;
  try {
    wire = wireSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw new ApiError(400, 'invalid-cursor', 'Cursor tidak dikenal. Mulai unduhan dari awal.');
  }
  if (wire.a !== areaKey(scope)) {
    throw new ApiError(
      400,
      'invalid-cursor',
      'Cursor ini untuk wilayah lain. Mulai unduhan wilayah ini dari awal.',
    );
  }
  if (wire.u !== userAreaKey(user)) return startCursor(scope, user);
  return {
    txid: wire.t,
    id: wire.i,
    area: wire.a,
    user: wire.u,
    ...(wire.n !== undefined ? { left: wire.n } : {}),
  };
}
