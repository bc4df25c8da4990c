import { z } from 'zod';
import { ApiError } from '../errors';
import type { AreaScope } from './actor';

/**
 * The pull cursor, opaque to devices: the (txid, id) of the last row sent, the area it is
 * for, and while a download runs over several pages, how many rows it still had to send
 * (for the progress bar). See docs/sync-protocol.md.
 */
export type Cursor = {
  txid: string;
  id: string;
  area: string;
  /** Set while more pages of this download wait. */
  left?: number;
};

export const START_ID = '00000000-0000-0000-0000-000000000000';

const wireSchema = z.object({
  v: z.literal(1),
  t: z.string().regex(/^\d{1,20}$/),
  i: z.string().regex(/^[0-9a-f-]{36}$/),
  a: z.string(),
  n: z.number().int().min(0).optional(),
});

export function areaKey(scope: AreaScope): string {
  return [scope.kelurahanCode, scope.rw ?? '', scope.rt ?? ''].join('/');
}

export function startCursor(scope: AreaScope): Cursor {
  return { txid: '0', id: START_ID, area: areaKey(scope) };
}

export function encodeCursor(c: Cursor): string {
  const wire = { v: 1, t: c.txid, i: c.id, a: c.area, n: c.left };
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

/** The cursor a device sent back; one that is unreadable or for another area is refused. */
export function decodeCursor(text: string | undefined, scope: AreaScope): Cursor {
  if (!text) return startCursor(scope);
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
  return {
    txid: wire.t,
    id: wire.i,
    area: wire.a,
    ...(wire.n !== undefined ? { left: wire.n } : {}),
  };
}
