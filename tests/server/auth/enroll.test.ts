import { describe, expect, it } from 'vitest';
import type { EnrollResponse, MeResponse } from '@shared/auth/api';
import { uuidv7 } from '@shared/ids';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { KELURAHAN } from '../helpers/device';
import { signIn } from '../helpers/sign-in';
import { enrollRequest, invite, pullAs } from './helpers';

const RELAWAN_AREA = { kelurahanCode: KELURAHAN, rw: 3, rts: [5, 6] };

describe.each(DATABASES)('enrollment by invitation ($name)', (kind) => {
  const ctx = useApp(kind);

  async function relawanInvitation() {
    const lurah = await signIn(ctx, { role: 'lurah' });
    return invite(ctx.app, lurah.headers, { role: 'relawan', area: RELAWAN_AREA, name: 'Siti' });
  }

  it('a code becomes a user with the invitation’s role and area, and a working token', async () => {
    const invitation = await relawanInvitation();
    expect(invitation.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(invitation.link).toBe(`/daftar?kode=${invitation.code}`);
    const deviceId = uuidv7();
    // Typed by hand: lower case, a space instead of the dash.
    const code = invitation.code.toLowerCase().replace('-', ' ');
    const response = await enrollRequest(ctx.app, { code, deviceId, phone: '+62 812-3456-7890' });
    expect(response.statusCode).toBe(200);
    const { token, user } = response.json<EnrollResponse>();
    expect(token.startsWith(`${deviceId}.`)).toBe(true);
    expect(user).toMatchObject({
      name: 'Siti Aminah',
      phone: '081234567890',
      role: 'relawan',
      area: RELAWAN_AREA,
      status: 'active',
    });

    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json<MeResponse>()).toEqual({ user, deviceId });
    const pull = await pullAs(ctx.app, deviceId, { authorization: `Bearer ${token}` });
    expect(pull.statusCode).toBe(200);

    // Only the hash of the code and of the token's secret are stored.
    const dump = JSON.stringify(
      await ctx.t.db.query('SELECT i.*, t.* FROM invitations i, device_tokens t'),
    );
    expect(dump).not.toContain(invitation.code.replace('-', ''));
    expect(dump).not.toContain(token.split('.')[1]);
  });

  it('a used code is refused: invalid-code, and no second user', async () => {
    const { code } = await relawanInvitation();
    expect((await enrollRequest(ctx.app, { code })).statusCode).toBe(200);
    const again = await enrollRequest(ctx.app, { code });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({
      error: 'invalid-code',
      message: 'Kode undangan salah, sudah dipakai, atau sudah kedaluwarsa.',
    });
    const users = await ctx.t.db.query(`SELECT id FROM users WHERE role = 'relawan'`);
    expect(users).toHaveLength(1);
  });

  it('an expired or withdrawn code is refused; an unknown one too', async () => {
    const expired = await relawanInvitation();
    await ctx.t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute'`);
    expect((await enrollRequest(ctx.app, { code: expired.code })).json().error).toBe(
      'invalid-code',
    );

    const lurah = await signIn(ctx, { role: 'lurah' });
    const withdrawn = await invite(ctx.app, lurah.headers, { role: 'relawan', area: RELAWAN_AREA });
    const del = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/invitations/${withdrawn.id}`,
      headers: lurah.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await enrollRequest(ctx.app, { code: withdrawn.code })).json().error).toBe(
      'invalid-code',
    );
    for (const code of ['ZZZZ-ZZZZ', 'ABC', '']) {
      const response = await enrollRequest(ctx.app, { code });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe('invalid-code');
    }
    expect(await ctx.t.db.query(`SELECT id FROM users WHERE role = 'relawan'`)).toHaveLength(0);
  });

  it.each([
    ['a name of one letter', { name: 'S' }, /Nama terlalu pendek/],
    ['a name over 100 letters', { name: 'S'.repeat(101) }, /paling panjang 100/],
    ['a phone that is not Indonesian mobile', { phone: '021 555 1234' }, /Nomor HP/],
    ['a phone of 40 characters', { phone: '0'.repeat(40) }, /Nomor HP/],
    ['a device id that is not a UUID', { deviceId: 'hp-siti' }, /UUID/],
    ['a code of 200 characters', { code: 'A'.repeat(200) }, /Kode/],
  ])('%s → 400 with a reason, nothing stored', async (_name, body, message) => {
    const invitation = await relawanInvitation();
    const response = await enrollRequest(ctx.app, { code: invitation.code, ...body });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'bad-request', message });
    expect(await ctx.t.db.query(`SELECT id FROM users WHERE role = 'relawan'`)).toHaveLength(0);
    const [row] = await ctx.t.db.query<{ used_at: unknown }>('SELECT used_at FROM invitations');
    expect(row!.used_at).toBeNull();
  });

  it('a body over 4 KB → 413', async () => {
    const response = await enrollRequest(ctx.app, { code: 'ABCD-EFGH', note: 'x'.repeat(5000) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toBe('payload-too-large');
  });

  it('ten bad codes from one address → 429 too-many-attempts with Retry-After, even for a good code', async () => {
    const good = await relawanInvitation();
    for (let i = 0; i < 10; i++) {
      const response = await enrollRequest(ctx.app, { code: `ZZZZ-ZZ${i}${i}` }, '10.9.9.9');
      expect(response.json().error).toBe('invalid-code');
    }
    const blocked = await enrollRequest(ctx.app, { code: good.code }, '10.9.9.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({
      error: 'too-many-attempts',
      message: expect.stringMatching(/Coba lagi dalam 15 menit/),
    });
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThan(800);
    expect(wait).toBeLessThanOrEqual(900);
    expect(blocked.json().retryAfterSeconds).toBe(wait);
    // Another address is not held back.
    expect((await enrollRequest(ctx.app, { code: good.code }, '10.1.1.1')).statusCode).toBe(200);
  });

  it('ten failures on one code from many addresses → 429 for that code', async () => {
    const { code } = await relawanInvitation();
    expect((await enrollRequest(ctx.app, { code }, '10.2.0.1')).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) {
      expect((await enrollRequest(ctx.app, { code }, `10.3.0.${i}`)).statusCode).toBe(400);
    }
    expect((await enrollRequest(ctx.app, { code }, '10.4.0.1')).statusCode).toBe(429);
  });
});
