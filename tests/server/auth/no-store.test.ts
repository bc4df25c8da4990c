// Every /api/ answer carries Cache-Control: no-store (names, NIK, tokens and codes must never sit
// in a browser or proxy cache), whatever the route and whatever the status. The routes are not
// listed by hand: the app reports each one as it is registered, so a new route is checked too.
import type { HTTPMethods } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Role } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { KELURAHAN } from '../helpers/device';
import { signIn } from '../helpers/sign-in';

/** A value for each path parameter the routes use; anything unknown gets a fresh UUID. */
const PARAMS: Record<string, string> = { code: KELURAHAN, rw: '3' };

function concrete(url: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? uuidv7());
}

describe.each(DATABASES)('Cache-Control: no-store on every /api/ answer ($name)', (kind) => {
  const ctx = useApp(kind);
  const apiRoutes = () =>
    ctx.app.registeredRoutes
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => ({ method: r.method as HTTPMethods, url: r.url }));

  it('the route list is the real one', () => {
    const api = apiRoutes();
    expect(api.length).toBeGreaterThanOrEqual(20);
    for (const url of ['/api/auth/enroll', '/api/sync/pull', '/api/users', '/api/invitations'])
      expect(api.map((r) => r.url)).toContain(url);
  });

  it.each<Role>(['admin-kota', 'lurah', 'relawan'])(
    'every route, with a real %s token and without one',
    async (role) => {
      const statuses = new Set<number>();
      for (const { method, url } of apiRoutes()) {
        // A fresh token per request: sign-out revokes the one it is called with.
        const { headers, deviceId } = await signIn(ctx, { role });
        const path = concrete(url);
        const query = { deviceId, schemaVersion: '1', kelurahan: KELURAHAN };
        const body = method === 'GET' || method === 'HEAD' ? undefined : { deviceId };
        for (const withToken of [true, false]) {
          const answer = await ctx.app.inject({
            method,
            url: path,
            query,
            headers: withToken ? headers : {},
            ...(body ? { payload: body } : {}),
          });
          statuses.add(answer.statusCode);
          const what = `${method} ${path} (${withToken ? role : 'no token'}) → ${answer.statusCode}`;
          expect(answer.headers['cache-control'], what).toBe('no-store');
        }
      }
      // Successes, refusals and bad requests were all among the answers checked.
      expect([...statuses].some((s) => s < 300)).toBe(true);
      expect(statuses).toContain(401);
      expect([...statuses].some((s) => s === 400 || s === 403 || s === 404)).toBe(true);
    },
    120_000,
  );

  it('answers of no route (404, 413, 415) and of an encoded path', async () => {
    const { headers } = await signIn(ctx, { role: 'lurah' });
    const answers = [
      await ctx.app.inject({ method: 'GET', url: '/api/nope', headers }),
      // The router decodes the path: this is /api/users.
      await ctx.app.inject({ method: 'GET', url: '/%61pi/users', headers }),
      await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/enroll',
        payload: { code: 'x'.repeat(10_000) },
      }),
      await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/enroll',
        headers: { 'content-type': 'application/xml' },
        payload: '<a/>',
      }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([404, 200, 413, 415]);
    for (const a of answers) expect(a.headers['cache-control']).toBe('no-store');
  });
});
