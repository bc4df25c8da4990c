import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { signIn } from '../helpers/sign-in';
import { enrollRequest, invite, pullAs, pushAs } from './helpers';

const REVOKED = {
  error: 'revoked',
  message: expect.stringMatching(/^Akses perangkat ini telah dicabut/),
};

describe.each(DATABASES)('device tokens on push and pull ($name)', (kind) => {
  const ctx = useApp(kind);

  it.each([
    ['no token', () => ({})],
    ['a token that is not a bearer token', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a malformed token', () => ({ authorization: 'Bearer nonsense' })],
  ])('%s → 401 unauthenticated', async (_name, headers) => {
    const deviceId = uuidv7();
    for (const response of [
      await pushAs(ctx.app, deviceId, headers()),
      await pullAs(ctx.app, deviceId, headers()),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'unauthenticated', message: /\S/ });
    }
    expect(await ctx.t.db.query('SELECT * FROM devices')).toEqual([]);
  });

  it('a forged secret for a real device, or a token never issued → 401 unauthenticated', async () => {
    const real = await signIn(ctx, { role: 'relawan' });
    const forged = `Bearer ${real.deviceId}.${'A'.repeat(43)}`;
    const unknownId = uuidv7();
    const unknown = `Bearer ${unknownId}.${real.token.split('.')[1]}`;
    for (const [deviceId, authorization] of [
      [real.deviceId, forged],
      [unknownId, unknown],
    ] as const) {
      expect((await pushAs(ctx.app, deviceId, { authorization })).statusCode).toBe(401);
      const pull = await pullAs(ctx.app, deviceId, { authorization });
      expect(pull.statusCode).toBe(401);
      expect(pull.json().error).toBe('unauthenticated');
    }
    // The right token still works after the forged ones (nothing cached wrongly).
    expect((await pullAs(ctx.app, real.deviceId, real.headers)).statusCode).toBe(200);
    expect((await pullAs(ctx.app, real.deviceId, { authorization: forged })).statusCode).toBe(401);
  });

  it('30 wrong secrets from one address → 429 with Retry-After; other addresses go on', async () => {
    const real = await signIn(ctx, { role: 'relawan' });
    const forged = { authorization: `Bearer ${real.deviceId}.${'B'.repeat(43)}` };
    const me = (headers: object, remoteAddress: string) =>
      ctx.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { ...headers },
        remoteAddress,
      });
    for (let i = 0; i < 30; i++) expect((await me(forged, '10.7.7.7')).statusCode).toBe(401);
    const blocked = await me(real.headers, '10.7.7.7');
    expect(blocked.statusCode).toBe(429);
    const body = blocked.json();
    expect(body).toMatchObject({ error: 'too-many-attempts', message: /Coba lagi dalam 15 menit/ });
    expect(body.retryAfterSeconds).toBeGreaterThan(800);
    expect(blocked.headers['retry-after']).toBe(String(body.retryAfterSeconds));
    expect((await me(real.headers, '10.8.8.8')).statusCode).toBe(200);
  }, 120_000);

  it("a device's token used for another device id → 401", async () => {
    const a = await signIn(ctx, { role: 'relawan' });
    const b = await signIn(ctx, { role: 'relawan' });
    for (const response of [
      await pushAs(ctx.app, b.deviceId, a.headers),
      await pullAs(ctx.app, b.deviceId, a.headers),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toMatch(/perangkat lain/);
    }
    expect(await ctx.t.db.query('SELECT * FROM devices')).toEqual([]);
  });

  it('a revoked user gets 401 revoked on the very next request, every device of theirs', async () => {
    const lurah = await signIn(ctx, { role: 'lurah' });
    const relawan = await signIn(ctx, { role: 'relawan' });
    const second = await signIn(ctx, { userId: relawan.userId, area: relawan.area });
    // Warm: the verified token is cached.
    expect((await pullAs(ctx.app, relawan.deviceId, relawan.headers)).statusCode).toBe(200);
    expect((await pullAs(ctx.app, second.deviceId, second.headers)).statusCode).toBe(200);

    const revoke = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${relawan.userId}/revoke`,
      headers: lurah.headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toMatchObject({ id: relawan.userId, status: 'revoked' });

    for (const device of [relawan, second]) {
      const pull = await pullAs(ctx.app, device.deviceId, device.headers);
      expect(pull.statusCode).toBe(401);
      expect(pull.json()).toEqual(REVOKED);
      const push = await pushAs(ctx.app, device.deviceId, device.headers);
      expect(push.json()).toEqual(REVOKED);
    }
    // The lurah is not affected.
    expect((await pullAs(ctx.app, lurah.deviceId, lurah.headers)).statusCode).toBe(200);
  });

  it('a token revoked in the database by another server process is refused at once', async () => {
    const relawan = await signIn(ctx, { role: 'relawan' });
    expect((await pullAs(ctx.app, relawan.deviceId, relawan.headers)).statusCode).toBe(200);
    await ctx.t.db.query('UPDATE device_tokens SET revoked_at = now() WHERE device_id = $1', [
      relawan.deviceId,
    ]);
    expect((await pullAs(ctx.app, relawan.deviceId, relawan.headers)).json()).toEqual(REVOKED);
  });

  it("sign-out revokes this device's token only", async () => {
    const relawan = await signIn(ctx, { role: 'relawan' });
    const other = await signIn(ctx, { userId: relawan.userId, area: relawan.area });
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: relawan.headers,
    });
    expect(out.statusCode).toBe(204);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: relawan.headers,
    });
    expect(me.json()).toEqual(REVOKED);
    expect((await pullAs(ctx.app, other.deviceId, other.headers)).statusCode).toBe(200);
  });

  it('a device enrolled again: the old token stops, the new one works', async () => {
    const lurah = await signIn(ctx, { role: 'lurah' });
    const area = { kelurahanCode: lurah.area.kelurahanCode, rw: 1, rts: [1] };
    const deviceId = uuidv7();
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { code } = await invite(ctx.app, lurah.headers, { role: 'relawan', area });
      const response = await enrollRequest(ctx.app, { code, deviceId });
      tokens.push(response.json().token);
      const pull = await pullAs(ctx.app, deviceId, { authorization: `Bearer ${tokens[i]}` });
      expect(pull.statusCode).toBe(200);
    }
    const old = await pullAs(ctx.app, deviceId, { authorization: `Bearer ${tokens[0]}` });
    expect(old.statusCode).toBe(401);
    expect(old.json().error).toBe('unauthenticated');
  });

  it('every /api route but enrollment needs a token; /healthz does not', async () => {
    for (const [method, url] of [
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/sign-out'],
      ['GET', '/api/users'],
      ['GET', '/api/invitations'],
      ['POST', '/api/invitations'],
      ['DELETE', `/api/invitations/${uuidv7()}`],
      ['PATCH', `/api/users/${uuidv7()}`],
      ['POST', `/api/users/${uuidv7()}/revoke`],
      ['GET', '/api/nope'],
    ] as const) {
      const response = await ctx.app.inject({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
