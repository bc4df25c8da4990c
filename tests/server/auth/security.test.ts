import { securityHeadersFor, tileSourceOf } from '@server/auth/security-headers';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { signIn } from '../helpers/sign-in';

const staticDir = await mkdtemp(join(tmpdir(), 'pintu-static-'));
beforeAll(() => writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Pintu</title>'));
afterAll(() => rm(staticDir, { recursive: true, force: true }));

describe.each(DATABASES)('security headers and limits ($name)', (kind) => {
  const ctx = useApp(kind, staticDir);

  function expectHeaders(headers: Record<string, unknown>, what: string) {
    const csp = String(headers['content-security-policy']);
    for (const part of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
    ]) {
      expect(csp, what).toContain(part);
    }
    // WebAssembly may be compiled (the QR decoder); no inline script, no eval.
    expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-/);
    expect(headers['x-content-type-options'], what).toBe('nosniff');
    expect(headers['referrer-policy'], what).toBe('no-referrer');
    expect(headers['permissions-policy'], what).toContain('geolocation=(self)');
    expect(headers['permissions-policy'], what).toContain('camera=(self)');
    expect(headers['permissions-policy'], what).toContain('microphone=()');
  }

  it('on every answer: the app, health, API success, 401, 400, 404', async () => {
    const { headers } = await signIn(ctx, { role: 'lurah' });
    const answers = {
      app: await ctx.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } }),
      health: await ctx.app.inject({ method: 'GET', url: '/healthz' }),
      me: await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers }),
      unauthenticated: await ctx.app.inject({ method: 'GET', url: '/api/users' }),
      badRequest: await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/enroll',
        payload: { code: 1 },
      }),
      notFound: await ctx.app.inject({ method: 'GET', url: '/api/nope', headers }),
    };
    expect(Object.values(answers).map((a) => a.statusCode)).toEqual([200, 200, 200, 401, 400, 404]);
    // With the built app served, an unknown API path still answers as the API does.
    expect(answers.notFound.headers['cache-control']).toBe('no-store');
    for (const [what, answer] of Object.entries(answers)) expectHeaders(answer.headers, what);
  });

  it('an invitation body over 4 KB → 413; repeated RTs → 400', async () => {
    const { headers } = await signIn(ctx, { role: 'admin-kota' });
    const area = { kelurahanCode: null, rw: null, rts: [] };
    const big = await ctx.app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers,
      payload: { role: 'admin-kota', area, name: 'x'.repeat(5000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: 'payload-too-large', message: /terlalu besar/ });
    const rts = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${(await signIn(ctx)).userId}`,
      headers,
      payload: { area: { kelurahanCode: '32.75.01.1001', rw: 3, rts: [1, 1] } },
    });
    expect(rts.statusCode).toBe(400);
    expect(rts.json().message).toMatch(/RT tidak boleh berulang/);
  });
});

describe('map tiles in the content security policy', () => {
  it('lets images and fetches come from the configured tile server alone', () => {
    expect(tileSourceOf('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileSourceOf('https://{s}.tiles.example/{z}/{x}/{y}.png')).toBe(
      'https://*.tiles.example',
    );
    expect(tileSourceOf('http://127.0.0.1:9000/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:9000');
    expect(tileSourceOf('/tiles/{z}/{x}/{y}.png')).toBe("'self'");
    const csp = securityHeadersFor('https://peta.example/{z}/{x}/{y}.png')[
      'content-security-policy'
    ];
    expect(csp).toContain("img-src 'self' data: blob: https://peta.example;");
    expect(csp).toContain("connect-src 'self' https://peta.example;");
  });
});
