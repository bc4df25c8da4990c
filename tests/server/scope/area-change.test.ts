// The lurah changes a relawan's area through the API; the relawan's next pull, sent with the
// cursor of the old area, answers the new area and starts the download over, so the rows of
// the added RT arrive (none skipped behind the old cursor) and the dropped RT's rows do not.
import { describe, expect, it } from 'vitest';
import type { UserArea } from '@shared/auth/roles';
import { SCHEMA_VERSION, type PullResponse } from '@shared/sync/protocol';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { signIn } from '../helpers/sign-in';
import { AREA, KELURAHAN, TestDevice } from '../helpers/device';

describe.each(DATABASES)('pull after an area change ($name)', (kind) => {
  const ctx = useApp(kind);

  it('an old cursor restarts the download in the new area', async () => {
    const admin = new TestDevice(ctx.app);
    const rt = (n: number) => admin.household(1, { ...AREA, rt: n });
    // RT 2 first: its rows lie behind any cursor of RT 1's rows.
    const second = rt(2);
    const first = rt(1);
    await admin.push(second.mutations);
    await admin.push(first.mutations);

    const area: UserArea = { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [1] };
    const relawan = await signIn(ctx, { role: 'relawan', area });
    const pull = async (cursor?: string) => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: relawan.headers,
        query: {
          deviceId: relawan.deviceId,
          schemaVersion: String(SCHEMA_VERSION),
          ...(cursor ? { cursor } : {}),
        },
      });
      expect(response.statusCode).toBe(200);
      return response.json<PullResponse>();
    };
    const before = await pull();
    expect(new Set(before.changes.map((c) => c.id))).toEqual(
      new Set([first.householdId, ...first.residentIds]),
    );
    expect(before.area).toEqual(area);

    const lurah = await signIn(ctx, { role: 'lurah' });
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${relawan.userId}`,
      headers: lurah.headers,
      payload: { area: { ...area, rts: [2] } },
    });
    expect(patched.statusCode).toBe(200);

    const after = await pull(before.cursor);
    expect(after.area).toEqual({ ...area, rts: [2] });
    expect(new Set(after.changes.map((c) => c.id))).toEqual(
      new Set([second.householdId, ...second.residentIds]),
    );
    // From there on the cursor goes on as usual.
    expect((await pull(after.cursor)).changes).toEqual([]);
  });
});
