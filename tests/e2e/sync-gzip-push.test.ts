// On the wire from a real phone browser: the changes a volunteer made offline leave as a gzip
// body (CompressionStream) once the signal is back, and the server applies them.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import {
  addFirstHousehold,
  createInvitation,
  enrollPage,
  launchBrowser,
  setOffline,
  startAppWithAdmin,
  waitForServiceWorker,
  type App,
  type BrowserSession,
  editHousehold,
  serverChanges,
} from './harness';

let app: App;
let session: BrowserSession;
let adminToken: string;

// Kranji, RW 008: not a demo kelurahan, so the RT starts empty.
const AREA = { kelurahanCode: '32.75.02.1002', rw: 8, rts: [2] };

beforeAll(async () => {
  ({ app, adminToken } = await startAppWithAdmin());
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await app?.stop();
});

async function serverHousehold() {
  const changes = await serverChanges(app.url, adminToken, AREA);
  return changes.find((c) => c.entity === 'household')?.values;
}

describe('a push from Chromium', () => {
  it('goes out gzip and is applied', async () => {
    const pushes: { encoding: string | undefined; body: Buffer | null; status?: number }[] = [];
    const record = async (request: Request) => {
      if (!request.url().endsWith('/api/sync/push')) return;
      const headers = await request.allHeaders();
      const entry = { encoding: headers['content-encoding'], body: request.postDataBuffer() };
      pushes.push(entry);
      const response = await request.response();
      (entry as { status?: number }).status = response?.status();
    };
    session.context.on('request', (request) => void record(request));
    // What the worker's precache (and the page) download: the compressed files.
    const assets: { url: string; encoding: string | undefined; fromWorker: boolean }[] = [];
    session.context.on('response', (response) => {
      if (!/\/assets\/.+\.js$/.test(response.url())) return;
      const fromWorker = !!response.request().serviceWorker();
      assets.push({
        url: response.url(),
        encoding: response.headers()['content-encoding'],
        fromWorker,
      });
    });

    const { page } = session;
    await page.goto(app.url);
    await waitForServiceWorker(page);
    const { code } = await createInvitation(app.url, adminToken, { role: 'relawan', area: AREA });
    await enrollPage(page, app.url, { code, name: 'Relawan Gzip' });

    // Offline, the household and three edits wait in the outbox: one push of them later.
    await setOffline(session.context, true);
    await addFirstHousehold(page, { street: 'Jl. Kenanga', number: '7', head: 'Siti Aminah' });
    await editHousehold(page, 'Nama kepala keluarga', 'Siti Aminah Lestari');
    await editHousehold(page, 'Nama jalan / gang / perumahan', 'Jl. Kenanga Raya Blok C');
    await editHousehold(page, 'Nomor rumah / blok', '7B');
    await setOffline(session.context, false);

    await expect
      .poll(serverHousehold, { timeout: 30_000 })
      .toMatchObject({ headName: 'Siti Aminah Lestari', street: 'Jl. Kenanga Raya Blok C' });
    const precached = assets.filter((a) => a.fromWorker);
    expect(precached.length).toBeGreaterThan(0);
    expect(precached.filter((a) => !a.encoding).map((a) => a.url)).toEqual([]);
    const gzipped = pushes.filter((p) => p.encoding === 'gzip');
    expect(gzipped.length).toBeGreaterThan(0);
    await expect.poll(() => gzipped[0]!.status, { timeout: 10_000 }).toBe(200);
    const sent = JSON.parse(gunzipSync(gzipped[0]!.body!).toString()) as { mutations: unknown[] };
    expect(sent.mutations.length).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
