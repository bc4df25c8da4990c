import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from './helpers/databases';
import { useApp } from './helpers/app';

// A stand-in for the built PWA: what matters here is how the server serves each kind of file.
const staticDir = await mkdtemp(join(tmpdir(), 'pintu-static-'));
beforeAll(async () => {
  await mkdir(join(staticDir, 'assets'));
  await mkdir(join(staticDir, 'icons'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Pintu</title>');
  await writeFile(join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(staticDir, 'manifest.webmanifest'), '{"name":"Pintu"}');
  await writeFile(join(staticDir, 'assets/index-Ab12Cd34.js'), 'console.log(1)');
  await writeFile(join(staticDir, 'icons/icon-192.png'), 'png');
});
afterAll(() => rm(staticDir, { recursive: true, force: true }));

describe.each(DATABASES)('serving the app ($name)', (kind) => {
  const ctx = useApp(kind, staticDir);
  const get = (url: string, accept = '*/*') =>
    ctx.app.inject({ method: 'GET', url, headers: { accept } });

  it('GET /healthz answers 200 when the database answers', async () => {
    const response = await get('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: kind.name === 'PGlite' ? 'pglite' : 'postgres',
    });
  });

  it('index.html, sw.js and the manifest must be revalidated; hashed assets are immutable', async () => {
    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await get('/assets/index-Ab12Cd34.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log(1)');
    expect((await get('/icons/icon-192.png')).statusCode).toBe(200);
  });

  it('an app route opened in the browser gets index.html (SPA fallback)', async () => {
    const response = await get(
      '/rumah/0190a1b2-0000-7000-8000-000000000000',
      'text/html,application/xhtml+xml',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<title>Pintu</title>');
  });

  it('a missing file that is not a page → 404, not index.html', async () => {
    const response = await get('/assets/index-gone.js');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not-found' });
  });
});

describe('healthz without a database', () => {
  it('answers 503 when the database is gone', async () => {
    const { buildApp } = await import('@server/app');
    const t = await DATABASES[0]!.open();
    const app = await buildApp({ db: t.db });
    await t.db.close();
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: 'unavailable' });
    await app.close();
  });
});
