// Two real server processes on one PostgreSQL, as behind a load balancer: what one process
// counts, revokes or is pushed, the other knows on its next request. Rate limits are counted
// once across both; a device revoked, signed out or moved through one is treated so by the
// other at once, even though the other has its secret cached; a dashboard on one counts a
// push just made through the other. PGlite is one process by nature: skipped without
// TEST_DATABASE_URL.
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrollResponse, MeResponse } from '@shared/auth/api';
import type { KelurahanCoverage } from '@shared/coverage/api';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PushResponse } from '@shared/sync/protocol';
import { createTestDatabase, TEST_DATABASE_URL } from './helpers/databases';
import { KELURAHAN, OTHER_KELURAHAN, TestDevice } from './helpers/device';
import { freePort, startServer, type ServerProcess } from './helpers/server-process';
import { adminCreate, enrollOverHttp, inviteOverHttp } from './helpers/server-sign-in';

type Answer = { status: number; body: unknown };

async function call(
  url: string,
  method: string,
  path: string,
  { token, body, from }: { token?: string; body?: unknown; from?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      // Both servers trust 127.0.0.1 as their proxy: this names the client's address.
      ...(from ? { 'x-forwarded-for': from } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const lurahArea = (kelurahanCode: string) => ({ kelurahanCode, rw: null, rts: [] });

describe.skipIf(!TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  let drop: () => Promise<void>;
  let p1: ServerProcess;
  let p2: ServerProcess;
  let admin: EnrollResponse;

  beforeAll(async () => {
    const own = await createTestDatabase(TEST_DATABASE_URL!);
    drop = own.drop;
    const env = { DATABASE_URL: own.url, DATA_DIR: tmpdir(), TRUST_PROXY: '127.0.0.1' };
    const { code } = await adminCreate(env);
    const started = await Promise.all(
      [1, 2].map(async () => startServer({ ...env, PORT: String(await freePort()) })),
    );
    [p1, p2] = [started[0]!, started[1]!];
    admin = await enrollOverHttp(p1.url, code, uuidv7(), 'Admin Uji');
  }, 120_000);

  afterAll(async () => {
    for (const p of [p1, p2]) p?.child.kill('SIGTERM');
    await Promise.all([p1?.exited, p2?.exited]);
    await drop?.();
  });

  async function enrollLurah(via: ServerProcess, deviceId = uuidv7()) {
    const invitation = await inviteOverHttp(p1.url, admin.token, {
      role: 'lurah',
      area: lurahArea(KELURAHAN),
    });
    return { deviceId, ...(await enrollOverHttp(via.url, invitation.code, deviceId)) };
  }

  it('a push through process 1 is counted by a dashboard on process 2 at once', async () => {
    const device = new TestDevice(null);
    const pusher = await enrollLurah(p1, device.id);
    const reader = await enrollLurah(p2);
    for (let n = 1; n <= 5; n++) {
      const pushed = await call(p1.url, 'POST', '/api/sync/push', {
        token: pusher.token,
        body: {
          deviceId: device.id,
          schemaVersion: SCHEMA_VERSION,
          mutations: device.household(2).mutations,
        },
      });
      expect((pushed.body as PushResponse).results.map((r) => r.status)).toEqual([
        'applied',
        'applied',
        'applied',
      ]);
      const read = await call(p2.url, 'GET', `/api/coverage/kelurahan/${KELURAHAN}`, {
        token: reader.token,
      });
      expect(read.status).toBe(200);
      const { total } = read.body as KelurahanCoverage;
      expect([total.households, total.residents]).toEqual([n, 2 * n]);
    }
  });

  it('an area change, a sign-out and a revocation through process 1 hold on process 2 at once', async () => {
    const moved = await enrollLurah(p2);
    const leaving = await enrollLurah(p2);
    const revoked = await enrollLurah(p2);
    // Each device has been verified on process 2 (its secret is in process 2's cache).
    for (const d of [moved, leaving, revoked])
      expect((await call(p2.url, 'GET', '/api/auth/me', { token: d.token })).status).toBe(200);

    const patch = await call(p1.url, 'PATCH', `/api/users/${moved.user.id}`, {
      token: admin.token,
      body: { area: lurahArea(OTHER_KELURAHAN) },
    });
    expect(patch.status).toBe(200);
    const me = await call(p2.url, 'GET', '/api/auth/me', { token: moved.token });
    expect((me.body as MeResponse).user.area.kelurahanCode).toBe(OTHER_KELURAHAN);
    // The old kelurahan's dashboard is no longer theirs.
    const old = await call(p2.url, 'GET', `/api/coverage/kelurahan/${KELURAHAN}`, {
      token: moved.token,
    });
    expect(old.status).toBe(403);

    expect(
      (await call(p1.url, 'POST', '/api/auth/sign-out', { token: leaving.token })).status,
    ).toBe(204);
    const afterSignOut = await call(p2.url, 'GET', '/api/auth/me', { token: leaving.token });
    expect([afterSignOut.status, (afterSignOut.body as { error: string }).error]).toEqual([
      401,
      'revoked',
    ]);

    const revoke = await call(p1.url, 'POST', `/api/users/${revoked.user.id}/revoke`, {
      token: admin.token,
    });
    expect(revoke.status).toBe(200);
    const afterRevoke = await call(p2.url, 'GET', '/api/auth/me', { token: revoked.token });
    expect([afterRevoke.status, (afterRevoke.body as { error: string }).error]).toEqual([
      401,
      'revoked',
    ]);
  });

  it('refused enrollment codes split across both processes meet one limit of ten', async () => {
    const from = '10.31.0.1';
    const statuses = [];
    for (let i = 0; i < 10; i++) {
      const via = i % 2 ? p2 : p1;
      const body = {
        code: `ZZZZ-ZZ${i}${i}`,
        name: 'Tamu',
        phone: '081234567890',
        deviceId: uuidv7(),
      };
      statuses.push((await call(via.url, 'POST', '/api/auth/enroll', { body, from })).status);
    }
    expect(statuses).toEqual(Array<number>(10).fill(400)); // five each: under ten in either
    for (const via of [p1, p2]) {
      const body = { code: 'ZZZZ-ZZAA', name: 'Tamu', phone: '081234567890', deviceId: uuidv7() };
      const next = await call(via.url, 'POST', '/api/auth/enroll', { body, from });
      expect([next.status, (next.body as { error: string }).error]).toEqual([
        429,
        'too-many-attempts',
      ]);
    }
  });

  it('wrong device secrets split across both processes meet one limit of thirty', async () => {
    const from = '10.32.0.1';
    const wrong = `${admin.token.split('.')[0]}.${'B'.repeat(43)}`;
    const statuses = [];
    for (let i = 0; i < 30; i++) {
      const via = i % 2 ? p2 : p1;
      statuses.push((await call(via.url, 'GET', '/api/auth/me', { token: wrong, from })).status);
    }
    expect(statuses).toEqual(Array<number>(30).fill(401));
    for (const via of [p1, p2])
      expect((await call(via.url, 'GET', '/api/auth/me', { token: wrong, from })).status).toBe(429);
  }, 60_000);
});
