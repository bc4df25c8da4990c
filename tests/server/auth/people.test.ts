import { describe, expect, it } from 'vitest';
import type { Invitation, User, UserSummary } from '@shared/auth/api';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { KELURAHAN, OTHER_KELURAHAN, TestDevice } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

const CITY = { kelurahanCode: null, rw: null, rts: [] };
const KEL = { kelurahanCode: KELURAHAN, rw: null, rts: [] };
const RW3 = { kelurahanCode: KELURAHAN, rw: 3, rts: [] };

describe.each(DATABASES)('invitations and people: who may do what ($name)', (kind) => {
  const ctx = useApp(kind);
  const post = (headers: object, payload: object) =>
    ctx.app.inject({ method: 'POST', url: '/api/invitations', headers: { ...headers }, payload });

  it('a lurah invites relawan, ketua RW and staf into their kelurahan', async () => {
    const lurah = await signIn(ctx, { role: 'lurah' });
    for (const [role, area] of [
      ['relawan', { kelurahanCode: KELURAHAN, rw: 3, rts: [7, 5] }],
      ['ketua-rw', RW3],
      ['staf-kelurahan', KEL],
    ] as const) {
      const response = await post(lurah.headers, { role, area });
      expect(response.statusCode, role).toBe(201);
      expect(response.json()).toMatchObject({ role, usedAt: null, code: /^.{4}-.{4}$/ });
    }
    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/invitations',
      headers: lurah.headers,
    });
    const invitations = list.json<Invitation[]>();
    expect(invitations.map((i) => i.role).sort()).toEqual([
      'ketua-rw',
      'relawan',
      'staf-kelurahan',
    ]);
    expect(invitations.find((i) => i.role === 'relawan')!.area.rts).toEqual([5, 7]);
    // Codes are shown once, at creation, never in the list.
    expect(JSON.stringify(invitations)).not.toMatch(/"code"/);
    const days = (Date.parse(invitations[0]!.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });

  it.each([
    ['lurah', 'admin-kota', CITY, 403, /tidak dapat mengundang Admin kota/],
    ['lurah', 'lurah', KEL, 403, /tidak dapat mengundang Lurah/],
    [
      'lurah',
      'relawan',
      { kelurahanCode: OTHER_KELURAHAN, rw: 1, rts: [1] },
      403,
      /di luar wilayah/,
    ],
    ['staf-kelurahan', 'staf-kelurahan', KEL, 403, /tidak dapat mengundang/],
    ['ketua-rw', 'relawan', { kelurahanCode: KELURAHAN, rw: 3, rts: [1] }, 403, /tidak dapat/],
    ['relawan', 'relawan', { kelurahanCode: KELURAHAN, rw: 3, rts: [5] }, 403, /tidak dapat/],
    ['lurah', 'relawan', { kelurahanCode: KELURAHAN, rw: 3, rts: [] }, 400, /Relawan berlaku/],
    ['lurah', 'ketua-rw', { kelurahanCode: KELURAHAN, rw: 3, rts: [1] }, 400, /Ketua RW berlaku/],
    ['admin-kota', 'lurah', { kelurahanCode: KELURAHAN, rw: 2, rts: [] }, 400, /Lurah berlaku/],
    ['admin-kota', 'admin-kota', KEL, 400, /seluruh kota/],
    [
      'admin-kota',
      'relawan',
      { kelurahanCode: '99.99.99.9999', rw: 1, rts: [1] },
      400,
      /Kelurahan tidak dikenal/,
    ],
  ] as const)(
    '%s inviting %s into %j → %s, nothing stored',
    async (caller, role, area, status, message) => {
      const me = await signIn(ctx, { role: caller });
      const response = await post(me.headers, { role, area });
      expect(response.statusCode).toBe(status);
      expect(response.json().message).toMatch(message);
      expect(await ctx.t.db.query('SELECT id FROM invitations')).toEqual([]);
    },
  );

  it('an admin kota invites anyone anywhere; a name over 100 letters → 400', async () => {
    const admin = await signIn(ctx, { role: 'admin-kota' });
    expect((await post(admin.headers, { role: 'admin-kota', area: CITY })).statusCode).toBe(201);
    expect(
      (
        await post(admin.headers, {
          role: 'lurah',
          area: { ...KEL, kelurahanCode: OTHER_KELURAHAN },
        })
      ).statusCode,
    ).toBe(201);
    const long = await post(admin.headers, { role: 'lurah', area: KEL, name: 'N'.repeat(101) });
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toMatch(/paling panjang 100/);
  });

  it('a lurah cannot withdraw another kelurahan’s invitation (404)', async () => {
    const admin = await signIn(ctx, { role: 'admin-kota' });
    const other = await post(admin.headers, {
      role: 'relawan',
      area: { kelurahanCode: OTHER_KELURAHAN, rw: 1, rts: [1] },
    });
    const lurah = await signIn(ctx, { role: 'lurah' });
    const del = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/invitations/${other.json().id}`,
      headers: lurah.headers,
    });
    expect(del.statusCode).toBe(404);
  });

  it('GET /api/users lists the people of the area with last sync and changes', async () => {
    const lurah = await signIn(ctx, { role: 'lurah', name: 'Bu Lurah' });
    const relawan = new TestDevice(ctx.app, undefined, { role: 'relawan', name: 'Siti' });
    await relawan.push(relawan.household(2).mutations);
    await signIn(ctx, {
      role: 'relawan',
      name: 'Tetangga',
      area: { kelurahanCode: OTHER_KELURAHAN, rw: 1, rts: [1] },
    });
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: lurah.headers,
    });
    expect(response.statusCode).toBe(200);
    const users = response.json<UserSummary[]>();
    expect(users.map((u) => u.name).sort()).toEqual(['Bu Lurah', 'Siti']);
    const siti = users.find((u) => u.name === 'Siti')!;
    expect(siti).toMatchObject({ devices: 1, changes: 3, changesLast7Days: 3, status: 'active' });
    expect(Date.now() - Date.parse(siti.lastSyncAt!)).toBeLessThan(60_000);

    const relawanList = await ctx.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: await relawan.headers(),
    });
    expect(relawanList.statusCode).toBe(403);
  });

  it('PATCH area: a lurah moves a relawan within the kelurahan, not out of it or a lurah', async () => {
    const lurah = await signIn(ctx, { role: 'lurah' });
    const relawan = await signIn(ctx, { role: 'relawan' });
    const patch = (id: string, area: object, headers = lurah.headers) =>
      ctx.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers, payload: { area } });

    const moved = await patch(relawan.userId, { kelurahanCode: KELURAHAN, rw: 4, rts: [2] });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<User>().area).toEqual({ kelurahanCode: KELURAHAN, rw: 4, rts: [2] });
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: relawan.headers,
    });
    expect(me.json().user.area.rw).toBe(4);

    const out = await patch(relawan.userId, { kelurahanCode: OTHER_KELURAHAN, rw: 1, rts: [1] });
    expect(out.statusCode).toBe(403);
    const shape = await patch(relawan.userId, RW3);
    expect(shape.statusCode).toBe(400);
    const other = await signIn(ctx, { role: 'lurah' });
    expect((await patch(other.userId, KEL)).statusCode).toBe(403);
    expect((await patch(lurah.userId, KEL)).statusCode).toBe(403);
  });

  it('revoke: a lurah cannot revoke an admin kota or someone in another kelurahan', async () => {
    const lurah = await signIn(ctx, { role: 'lurah' });
    const admin = await signIn(ctx, { role: 'admin-kota' });
    const far = await signIn(ctx, {
      role: 'relawan',
      area: { kelurahanCode: OTHER_KELURAHAN, rw: 1, rts: [1] },
    });
    for (const target of [admin, far]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/users/${target.userId}/revoke`,
        headers: lurah.headers,
      });
      expect(response.statusCode).toBe(403);
    }
    const revoked = await ctx.t.db.query(`SELECT id FROM users WHERE status = 'revoked'`);
    expect(revoked).toEqual([]);
  });

  it('revoking a lurah withdraws their open invitations: the codes no longer enroll', async () => {
    const admin = await signIn(ctx, { role: 'admin-kota' });
    const lurah = await signIn(ctx, { role: 'lurah' });
    const invitation = await post(lurah.headers, {
      role: 'relawan',
      area: { kelurahanCode: KELURAHAN, rw: 3, rts: [5] },
    });
    expect(invitation.statusCode).toBe(201);
    const revoke = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${lurah.userId}/revoke`,
      headers: admin.headers,
    });
    expect(revoke.statusCode).toBe(200);
    const enroll = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/enroll',
      payload: {
        code: invitation.json().code,
        name: 'Siti Aminah',
        phone: '081234567890',
        deviceId: '01900000-0000-7000-8000-000000000001',
      },
    });
    expect(enroll.json().error).toBe('invalid-code');
  });
});
