import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { KELURAHAN, TestDevice, householdValues } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

describe.each(DATABASES)(
  'bad input gets a 4xx with a reason and stores nothing ($name)',
  (kind) => {
    const ctx = useApp(kind);
    // Signed in (a signed-in device that sends bad input); requests without a token: tests/server/auth.
    let auth: { authorization: string };
    beforeEach(async () => {
      auth = (await signIn(ctx, { role: 'admin-kota' })).headers;
    });

    const post = (payload: unknown, headers: Record<string, string> = {}) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });

    async function nothingStored() {
      const rows = await ctx.t.db.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM households) + (SELECT count(*) FROM receipts)
            + (SELECT count(*) FROM devices) AS n`,
      );
      expect(Number(rows[0]!.n)).toBe(0);
    }

    const device = () => new TestDevice(ctx.app);
    const valid = () => {
      const d = device();
      return {
        deviceId: d.id,
        schemaVersion: SCHEMA_VERSION,
        mutations: [d.put('household', uuidv7(), householdValues())],
      };
    };

    it.each([
      ['not JSON', '{"deviceId": '],
      ['an empty body', ''],
      ['no mutations', { deviceId: uuidv7(), schemaVersion: SCHEMA_VERSION }],
      ['a device id that is not a UUID', { ...valid(), deviceId: 'hp-budi' }],
      ['no schema version', { ...valid(), schemaVersion: undefined }],
      [
        'an unknown entity',
        (() => {
          const v = valid();
          return { ...v, mutations: [{ ...v.mutations[0], entity: 'vaccine' }] };
        })(),
      ],
      [
        'a seq of 0',
        (() => {
          const v = valid();
          return { ...v, mutations: [{ ...v.mutations[0], seq: 0 }] };
        })(),
      ],
      [
        'a clock that is not an HLC',
        (() => {
          const v = valid();
          return { ...v, mutations: [{ ...v.mutations[0], hlc: 'kemarin' }] };
        })(),
      ],
      [
        'more than 1000 mutations',
        (() => {
          const v = valid();
          return { ...v, mutations: Array(1001).fill(v.mutations[0]) };
        })(),
      ],
    ])('push with %s → 400', async (_name, payload) => {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual(
        expect.objectContaining({ error: 'bad-request', message: expect.stringMatching(/\S/) }),
      );
      await nothingStored();
    });

    it('push from an app two schema versions old → 426, asking to update', async () => {
      const response = await post({ ...valid(), schemaVersion: SCHEMA_VERSION - 2 });
      expect(response.statusCode).toBe(426);
      expect(response.json()).toMatchObject({
        error: 'upgrade-required',
        message: expect.stringMatching(/perbarui/i),
      });
      await nothingStored();
    });

    it('the previous schema version is still accepted', async () => {
      const v = valid();
      const { headers } = await signIn(ctx, { role: 'admin-kota', deviceId: v.deviceId });
      const response = await post({ ...v, schemaVersion: SCHEMA_VERSION - 1 }, headers);
      expect(response.statusCode).toBe(200);
    });

    it('push from a newer app than the server → 400 unsupported-version', async () => {
      const response = await post({ ...valid(), schemaVersion: SCHEMA_VERSION + 1 });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'unsupported-version' });
      await nothingStored();
    });

    it('a body over 4 MB → 413 with a reason', async () => {
      const v = valid();
      const huge = {
        ...v,
        mutations: [{ ...v.mutations[0], values: { note: 'x'.repeat(5 * 1024 * 1024) } }],
      };
      const response = await post(huge);
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({
        error: 'payload-too-large',
        message: expect.stringMatching(/terlalu besar/),
      });
      await nothingStored();
    });

    it('a body that is not JSON → 415', async () => {
      const response = await post('deviceId=1', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ error: 'unsupported-media-type' });
      await nothingStored();
    });

    // No kelurahan is not bad input: it means the user's whole area (an admin kota, who has
    // the city, gets 400 there: tests/server/scope/matrix.test.ts).
    it.each([
      [
        'an unknown kelurahan',
        { deviceId: uuidv7(), schemaVersion: String(SCHEMA_VERSION), kelurahan: '32.75.99.9999' },
      ],
      [
        'an RT without its RW',
        {
          deviceId: uuidv7(),
          schemaVersion: String(SCHEMA_VERSION),
          kelurahan: KELURAHAN,
          rt: '1',
        },
      ],
      [
        'a limit of 0',
        {
          deviceId: uuidv7(),
          schemaVersion: String(SCHEMA_VERSION),
          kelurahan: KELURAHAN,
          limit: '0',
        },
      ],
      ['no device id', { schemaVersion: String(SCHEMA_VERSION), kelurahan: KELURAHAN }],
      ['no schema version', { deviceId: uuidv7(), kelurahan: KELURAHAN }],
    ])('pull with %s → 400 with a reason', async (_name, query) => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: auth,
        query,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/\S/);
    });

    it('pull from an app two schema versions old → 426', async () => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: auth,
        query: {
          deviceId: uuidv7(),
          schemaVersion: String(SCHEMA_VERSION - 2),
          kelurahan: KELURAHAN,
        },
      });
      expect(response.statusCode).toBe(426);
    });

    it('an unknown API path → 404 in JSON', async () => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/nope',
        headers: { accept: 'text/html', ...auth },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: 'not-found' });
    });
  },
);
