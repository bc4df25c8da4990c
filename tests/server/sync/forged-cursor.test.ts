// A pull cursor is opaque to devices, but nothing stops a client from sending one of its own:
// any cursor the server could not have made gets 400 invalid-cursor, never a 500 from the
// database's casts. Its txid must fit xid8 (0 to 2^64 - 1) and its id must be a UUID as
// PostgreSQL prints it (lower case).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, TestDevice } from '../helpers/device';

const XID8_MAX = 2n ** 64n - 1n;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const wellMade = (t: string, i: string) =>
  /^(0|[1-9]\d{0,19})$/.test(t) && BigInt(t) <= XID8_MAX && UUID.test(i);

const txid = fc.oneof(
  fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String),
  fc.stringMatching(/^\d{1,21}$/),
  fc.constantFrom('18446744073709551615', '18446744073709551616', '99999999999999999999', '-1'),
);
const id = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.stringMatching(/^[0-9a-f-]{36}$/),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', '-'.repeat(36), 'f'.repeat(36)),
);

describe.each(DATABASES)('forged pull cursors ($name)', (kind) => {
  const ctx = useApp(kind);

  it('a cursor with any txid and id → 200 when the server could have made it, else 400', async () => {
    const device = new TestDevice(ctx.app);
    await device.push(device.household(1).mutations);
    const scope = { kelurahan: KELURAHAN, rw: AREA.rw };
    const { cursor } = await device.pullAll(scope);
    const real = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(txid, id, async (t, i) => {
        const forged = Buffer.from(JSON.stringify({ ...real, t, i })).toString('base64url');
        const response = await ctx.app.inject({
          method: 'GET',
          url: '/api/sync/pull',
          headers: await device.headers(),
          query: {
            deviceId: device.id,
            schemaVersion: String(SCHEMA_VERSION),
            kelurahan: KELURAHAN,
            rw: String(AREA.rw),
            cursor: forged,
          },
        });
        seen.add(response.statusCode);
        if (wellMade(t, i)) {
          expect(response.statusCode, `${t} ${i}`).toBe(200);
        } else {
          expect(response.statusCode, `${t} ${i}`).toBe(400);
          expect(response.json()).toMatchObject({ error: 'invalid-cursor', message: /\S/ });
        }
      }),
      { numRuns: 150 },
    );
    expect([...seen].sort()).toEqual([200, 400]);
  }, 120_000);
});
