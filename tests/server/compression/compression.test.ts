// What a phone sees on the wire: assets and API answers compressed as its Accept-Encoding
// allows, and pushes it sends gzip-compressed applied like plain ones.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { PUSH_BODY_LIMIT } from '@server/routes/sync';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, TestDevice, latest } from '../helpers/device';

// A built app in miniature: a hashed asset with the .br and .gz files the build writes beside it.
const ASSET = 'assets/index-abc123.js';
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kata-${i}`))};\n`;
const INDEX = '<!doctype html><title>Pintu</title>';
const staticDir = await mkdtemp(join(tmpdir(), 'pintu-compressed-'));
beforeAll(async () => {
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), INDEX);
  await writeFile(join(staticDir, ASSET), script);
  await writeFile(join(staticDir, `${ASSET}.br`), brotliCompressSync(script));
  await writeFile(join(staticDir, `${ASSET}.gz`), gzipSync(script));
  // Files with a fixed name must be revalidated, compressed or not.
  await writeFile(join(staticDir, 'sw.js'), script);
  await writeFile(join(staticDir, 'sw.js.br'), brotliCompressSync(script));
  await writeFile(join(staticDir, 'index.html.br'), brotliCompressSync(INDEX));
});
afterAll(() => rm(staticDir, { recursive: true, force: true }));

const SCOPE = { kelurahan: KELURAHAN, rw: AREA.rw };

describe.each(DATABASES)('compression ($name)', (kind) => {
  const ctx = useApp(kind, staticDir);

  function decode(encoding: unknown, body: Buffer): string {
    if (encoding === 'br') return brotliDecompressSync(body).toString();
    if (encoding === 'gzip') return gunzipSync(body).toString();
    return body.toString();
  }

  it.each([
    ['br', 'gzip, deflate, br', 'br'],
    ['gzip only', 'gzip', 'gzip'],
    ['nothing', undefined, undefined],
  ])(
    'an asset, asked with %s: the matching encoding, Vary, a year of caching',
    async (_, accept, expected) => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/${ASSET}`,
        headers: accept ? { 'accept-encoding': accept } : {},
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers['vary']).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decode(expected, response.rawPayload)).toBe(script);
    },
  );

  it.each([
    ['/sw.js', script],
    ['/index.html', INDEX],
    ['/rt/3', INDEX],
  ])('%s in brotli keeps no-cache, so a new release is seen', async (url, content) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'br', accept: 'text/html' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(decode('br', response.rawPayload)).toBe(content);
  });

  it.each([
    ['br', 'br, gzip', 'br'],
    ['gzip only', 'gzip', 'gzip'],
    ['nothing', undefined, undefined],
  ])(
    'a pull page, asked with %s: the matching encoding, still no-store',
    async (_, accept, expected) => {
      const device = new TestDevice(ctx.app);
      await device.push(device.household(8).mutations);
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: { ...(await device.headers()), ...(accept ? { 'accept-encoding': accept } : {}) },
        query: {
          deviceId: device.id,
          schemaVersion: String(SCHEMA_VERSION),
          kelurahan: SCOPE.kelurahan,
          rw: String(SCOPE.rw),
        },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers['cache-control']).toBe('no-store');
      const page = JSON.parse(decode(expected, response.rawPayload)) as { changes: unknown[] };
      expect(page.changes).toHaveLength(9);
      if (expected)
        expect(response.rawPayload.length).toBeLessThan(
          decode(expected, response.rawPayload).length / 2,
        );
    },
  );

  async function pushRaw(device: TestDevice, body: Buffer) {
    return ctx.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: {
        ...(await device.headers()),
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      payload: body,
    });
  }

  it('a gzip push is applied and pulled back', async () => {
    const device = new TestDevice(ctx.app);
    const { householdId, mutations } = device.household(3);
    const json = JSON.stringify({ deviceId: device.id, schemaVersion: SCHEMA_VERSION, mutations });
    const response = await pushRaw(device, gzipSync(json));
    expect(response.statusCode).toBe(200);
    const answer = response.json<{ results: { status: string }[] }>();
    expect(answer.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    const pulled = await device.pullAll(SCOPE);
    expect(latest(pulled.changes).has(householdId)).toBe(true);
  });

  it('a malformed gzip body is refused with 400 and nothing is stored', async () => {
    const device = new TestDevice(ctx.app);
    const json = JSON.stringify({
      deviceId: device.id,
      schemaVersion: SCHEMA_VERSION,
      mutations: device.household(1).mutations,
    });
    const broken = gzipSync(json).subarray(0, 40);
    const response = await pushRaw(device, Buffer.concat([broken, Buffer.from('not gzip at all')]));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'bad-request' });
    expect((await device.pullAll(SCOPE)).changes).toHaveLength(0);
  });

  it('a small gzip body that inflates past the push limit is refused with 413', async () => {
    const device = new TestDevice(ctx.app);
    // Valid JSON of twice the limit once inflated, a few KB on the wire.
    const padding = ' '.repeat(PUSH_BODY_LIMIT * 2);
    const json = `{"deviceId":"${device.id}","schemaVersion":${SCHEMA_VERSION},"mutations":[]${padding}}`;
    const bomb = gzipSync(json, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const response = await pushRaw(device, bomb);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'payload-too-large' });
  });

  it('an encoding the server does not speak is refused with 415', async () => {
    const device = new TestDevice(ctx.app);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: {
        ...(await device.headers()),
        'content-type': 'application/json',
        'content-encoding': 'compress',
      },
      payload: Buffer.from('{}'),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: 'unsupported-encoding' });
  });
});
